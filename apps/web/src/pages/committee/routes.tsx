import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../public/not-found';
import { MyMeetingsPage } from './my-meetings';
import { MeetingPage } from './meeting-page';
import { ItemPage } from './item-page';
import { MinutesPage } from './minutes-page';

/** A committee member's part of the app (a lazily loaded chunk): their meetings, dossiers, secret ballots and minutes. */
export default function CommitteeRoutes() {
  return (
    <Routes>
      <Route index element={<MyMeetingsPage />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path="meetings/:id/items/:applicationId" element={<ItemPage />} />
      <Route path="meetings/:id/minutes" element={<MinutesPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
