import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './layout/app-layout';
import { useSession, type Role } from './auth/session';
import { LoginPage } from './pages/public/login';
import { RouteError } from './components/route-error';
import { loadBackOfficeTexts } from './i18n';

// Only the shell and the login page are in the first download (the budget test in
// apps/web/e2e checks it); every other page, the admin and applicant code and the form
// renderer load when a page of theirs opens.
/** A back-office page's code and its texts, fetched together. */
function withBackOfficeTexts<T>(page: Promise<T>): Promise<T> {
  return Promise.all([page, loadBackOfficeTexts()]).then(([module]) => module);
}
const HomePage = lazy(() => import('./pages/public/home').then((m) => ({ default: m.HomePage })));
const RegisterPage = lazy(() => import('./pages/public/register').then((m) => ({ default: m.RegisterPage })));
const VerifyEmailPage = lazy(() => import('./pages/public/verify-email').then((m) => ({ default: m.VerifyEmailPage })));
const ConfirmObjectionPage = lazy(() => import('./pages/public/confirm-objection').then((m) => ({ default: m.ConfirmObjectionPage })));
const ForgotPasswordPage = lazy(() => import('./pages/public/password').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./pages/public/password').then((m) => ({ default: m.ResetPasswordPage })));
const AcceptInvitationPage = lazy(() => import('./pages/public/accept-invitation').then((m) => ({ default: m.AcceptInvitationPage })));
const VerifyCertificatePage = lazy(() => import('./pages/public/verify-certificate').then((m) => ({ default: m.VerifyCertificatePage })));
// The public notice and its objection form (issue 24).
const NoticesPage = lazy(() => import('./pages/public/notices').then((m) => ({ default: m.NoticesPage })));
const ObjectionPage = lazy(() => import('./pages/public/objection').then((m) => ({ default: m.ObjectionPage })));
const NotFoundPage = lazy(() => import('./pages/public/not-found').then((m) => ({ default: m.NotFoundPage })));
const ApplicantRoutes = lazy(() => import('./pages/applicant/routes'));
const AccountRoutes = lazy(() => import('./pages/account/routes'));
const AdminRoutes = lazy(() => withBackOfficeTexts(import('./pages/admin/routes')));
// Committee members (reviewers who sit on a committee): their meetings, dossiers, ballots, minutes.
const CommitteeRoutes = lazy(() => import('./pages/committee/routes'));
const ReviewerRoutes = lazy(() => import('./pages/reviewer/routes'));
// The human-resources bureau's officer: files awaiting confirmation, batches, the filing export.
const BureauRoutes = lazy(() => withBackOfficeTexts(import('./pages/bureau/routes')));
// A recommending unit's officers: the files addressed to their unit.
const UnitRoutes = lazy(() => withBackOfficeTexts(import('./pages/unit/routes')));

function Loading() {
  return (
    <div className="tp-loading">
      <Spin />
    </div>
  );
}

/** Signed in with one of the roles, else the login page (anonymous) or a refusal (wrong role). */
function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const session = useSession();
  const { t } = useTranslation();
  if (session.status === 'loading') return <Loading />;
  // After a logout, a page still on screen for a moment must not send back with ?next=/login.
  if (session.status === 'anonymous') return <Navigate to={session.loggedOut ? '/login' : `/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.some((r) => session.hasRole(r))) return <Result status="warning" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbiddenPage')} />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Every page has its own error boundary: a failing page shows a translated message and a retry inside the layout. */
const withBoundary = (routes: RouteObject[]): RouteObject[] => routes.map((route) => ({ ...route, errorElement: <RouteError /> }));

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    element: (
      <AppLayout>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppLayout>
    ),
    children: withBoundary([
      { path: '/', element: <HomePage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/verify-email', element: <VerifyEmailPage /> },
      // The link mailed to an objector's address (PUBLIC_URL/confirm-objection?token=…).
      { path: '/confirm-objection', element: <ConfirmObjectionPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      // The public notice (公示) and a real-name objection to one of its entries.
      { path: '/notices', element: <NoticesPage /> },
      { path: '/notices/:id/objection', element: <ObjectionPage /> },
      // Every certificate's QR code opens /verify/<code> (PUBLIC_URL in the API's configuration).
      { path: '/verify', element: <VerifyCertificatePage /> },
      { path: '/verify/:code', element: <VerifyCertificatePage /> },
      {
        path: '/applications/*',
        element: (
          <RequireRole roles={['applicant']}>
            <ApplicantRoutes />
          </RequireRole>
        ),
      },
      {
        path: '/account/*',
        element: (
          <RequireRole>
            <AccountRoutes />
          </RequireRole>
        ),
      },
      {
        path: '/reviews/*',
        element: (
          <RequireRole roles={['reviewer']}>
            <ReviewerRoutes />
          </RequireRole>
        ),
      },
      {
        path: '/committee/*',
        element: (
          <RequireRole roles={['reviewer']}>
            <CommitteeRoutes />
          </RequireRole>
        ),
      },
      {
        path: '/bureau/*',
        element: (
          <RequireRole roles={['authority_officer']}>
            <BureauRoutes />
          </RequireRole>
        ),
      },
      {
        path: '/unit/*',
        element: (
          <RequireRole roles={['unit_officer']}>
            <UnitRoutes />
          </RequireRole>
        ),
      },
      {
        path: '/admin/*',
        element: (
          <RequireRole roles={['admin']}>
            <AdminRoutes />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ]),
  },
]);
