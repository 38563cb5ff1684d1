import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../public/not-found';
import { ApplicationsPage } from './applications';
import { AuditPage } from './audit';
import { CalendarPage } from './calendar';
import { CyclesPage } from './cycles';
import { AdminFilePage } from './file-page';
import { FormsPage } from './forms';
import { AdminHome } from './home';
import { FailedNotificationsPage } from './notifications';
import { UsersPage } from './users';
import { AppealsPage } from './appeals';
import { AssignmentPage } from './assignment';
import { PoolPage } from './pool';
import { QualificationPage } from './qualification';
import { CommitteesPage } from './committees';
import { MeetingsPage } from './meetings';
import { MeetingPage } from './meeting';
import { NoticesPage } from './notices';
import { OrganisationsPage } from './organisations';

/** The admins' part of the app (a lazily loaded chunk): one file per page. */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<AdminHome />} />
      <Route path="applications" element={<ApplicationsPage />} />
      <Route path="applications/:id" element={<AdminFilePage />} />
      <Route path="cycles" element={<CyclesPage />} />
      <Route path="forms" element={<FormsPage />} />
      <Route path="users" element={<UsersPage />} />
      <Route path="notifications" element={<FailedNotificationsPage />} />
      {/* dash (issue 25): audit log and working-day calendar */}
      <Route path="audit" element={<AuditPage />} />
      <Route path="calendar" element={<CalendarPage />} />
      <Route path="qualification" element={<QualificationPage />} />
      <Route path="pool" element={<PoolPage />} />
      <Route path="assignment" element={<AssignmentPage />} />
      <Route path="appeals" element={<AppealsPage />} />
      <Route path="committees" element={<CommitteesPage />} />
      <Route path="meetings" element={<MeetingsPage />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path="notices" element={<NoticesPage />} />
      <Route path="organisations" element={<OrganisationsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
