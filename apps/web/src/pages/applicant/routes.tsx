import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../public/not-found';
import { MyFilesPage, StartFilePage } from './my-files';
import { FilePage } from './file-page';

/** The applicant's part of the app (a lazily loaded chunk with the form renderer). */
export default function ApplicantRoutes() {
  return (
    <Routes>
      <Route index element={<MyFilesPage />} />
      <Route path="new" element={<StartFilePage />} />
      <Route path=":id" element={<FilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
