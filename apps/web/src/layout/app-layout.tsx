import type { ReactNode } from 'react';
import { Badge, Button, Dropdown, Layout, Menu, Segmented, Space } from 'antd';
import { BellOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { api, unwrap } from '../api/client';
import type { Language } from '../i18n';
import { useOffice } from '../api/office';
import { VerifyEmailBanner } from '../pages/applicant/verify-email-banner';

const { Header, Content, Footer } = Layout;

function useNavItems() {
  const { t } = useTranslation();
  const session = useSession();
  const items: { key: string; label: ReactNode }[] = [{ key: '/', label: <Link to="/">{t('nav.home')}</Link> }];
  // The public notice, for everyone.
  items.push({ key: '/notices', label: <Link to="/notices">{t('nav.notices')}</Link> });
  if (session.hasRole('applicant')) items.push({ key: '/applications', label: <Link to="/applications">{t('nav.myFiles')}</Link> });
  if (session.hasRole('reviewer')) items.push({ key: '/reviews', label: <Link to="/reviews">{t('nav.reviews')}</Link> });
  if (session.hasRole('unit_officer')) items.push({ key: '/unit', label: <Link to="/unit">{t('nav.unit')}</Link> });
  // Committee members are reviewers; one who sits on no committee sees an empty list there.
  if (session.hasRole('reviewer')) items.push({ key: '/committee', label: <Link to="/committee">{t('nav.committee')}</Link> });
  if (session.hasRole('authority_officer')) items.push({ key: '/bureau', label: <Link to="/bureau">{t('nav.bureau')}</Link> });
  if (session.hasRole('admin')) {
    items.push(
      { key: '/admin/applications', label: <Link to="/admin/applications">{t('nav.adminApplications')}</Link> },
      { key: '/admin/cycles', label: <Link to="/admin/cycles">{t('nav.adminCycles')}</Link> },
      { key: '/admin/forms', label: <Link to="/admin/forms">{t('nav.adminForms')}</Link> },
      { key: '/admin/users', label: <Link to="/admin/users">{t('nav.adminUsers')}</Link> },
      { key: '/admin/organisations', label: <Link to="/admin/organisations">{t('nav.adminOrganisations')}</Link> },
      { key: '/admin/notifications', label: <Link to="/admin/notifications">{t('nav.adminNotifications')}</Link> },
      { key: '/admin/qualification', label: <Link to="/admin/qualification">{t('nav.adminQualification')}</Link> },
      { key: '/admin/pool', label: <Link to="/admin/pool">{t('nav.adminPool')}</Link> },
      { key: '/admin/assignment', label: <Link to="/admin/assignment">{t('nav.adminAssignment')}</Link> },
      { key: '/admin/appeals', label: <Link to="/admin/appeals">{t('nav.adminAppeals')}</Link> },
    );
  }
  return items;
}

function InboxBell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: ['unread-count'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 20000,
  });
  const count = unread.data?.count ?? 0;
  return (
    <Link to="/account/inbox" aria-label={t('nav.inboxCount', { count })} className="tp-bell">
      <Badge count={count} size="small">
        <BellOutlined className="tp-bell-icon" />
      </Badge>
    </Link>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const items = useNavItems();
  const office = useOffice();
  const selected = items.map((i) => i.key).filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)));
  function logout() {
    // Leave the signed-in page first (flushSync: rendered before the session ends), so its
    // login guard never sees the signed-out state and sends back with ?next=.
    void navigate('/login', { flushSync: true });
    void session.logout();
  }

  return (
    <Layout className="tp-layout">
      <a className="tp-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Header className="tp-header">
        <Link to="/" className="tp-brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="tp-nav">
          {/* No "…" overflow menu: its hidden copies of the items stay focusable (axe: aria-hidden-focus); on a narrow screen the items wrap (styles.css). */}
          <Menu theme="dark" mode="horizontal" disabledOverflow selectedKeys={selected} items={items} />
        </nav>
        <Space size="middle" className="tp-header-tools">
          <Segmented<Language>
            aria-label={t('nav.language')}
            size="small"
            value={i18n.language === 'en' ? 'en' : 'zh-CN'}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
            onChange={(value) => void session.changeLanguage(value)}
          />
          {session.status === 'authenticated' ? (
            <>
              <InboxBell />
              <Dropdown
                menu={{
                  items: [
                    { key: 'profile', label: t('nav.profile'), onClick: () => navigate('/account/profile') },
                    { key: 'preferences', label: t('nav.preferences'), onClick: () => navigate('/account/preferences') },
                    { key: 'logout', label: t('nav.logout'), onClick: logout },
                  ],
                }}
              >
                <Button type="text" className="tp-user-button" icon={<UserOutlined />}>
                  {session.user?.fullName}
                </Button>
              </Dropdown>
            </>
          ) : session.status === 'anonymous' ? (
            <>
              <Link to="/login" className="tp-header-link">
                {t('nav.login')}
              </Link>
              <Link to="/register" className="tp-header-link">
                {t('nav.register')}
              </Link>
            </>
          ) : null}
        </Space>
      </Header>
      {/* antd's Content is the page's <main> landmark. */}
      <Content id="main" tabIndex={-1} className="tp-content">
        <VerifyEmailBanner />
        {children}
      </Content>
      <Footer className="tp-footer">
        {office.evaluatingBody && `${t('app.footer', { body: office.evaluatingBody })} · `}
        <Link to="/verify">{t('nav.verifyCertificate')}</Link>
      </Footer>
    </Layout>
  );
}
