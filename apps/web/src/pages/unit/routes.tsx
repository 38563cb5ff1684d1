import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../public/not-found';
import { UnitQueuePage } from './queue';
import { UnitFilePage } from './file-page';

/** The recommending unit officer's part of the app (a lazily loaded chunk): the queue and a file. */
export default function UnitRoutes() {
  return (
    <Routes>
      <Route index element={<UnitQueuePage />} />
      <Route path=":id" element={<UnitFilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
