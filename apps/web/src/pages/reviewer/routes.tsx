import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../public/not-found';
import { AssignmentsPage } from './assignments';
import { ConflictsPage } from './conflicts';
import { ReviewPage } from './review-page';

/** The reviewer's part of the app (a lazily loaded chunk). */
export default function ReviewerRoutes() {
  return (
    <Routes>
      <Route index element={<AssignmentsPage />} />
      <Route path="conflicts" element={<ConflictsPage />} />
      <Route path=":id" element={<ReviewPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
