import { Alert, Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDateTime } from '../../i18n';
import { committeeErrorText, MEETING_STATUS_COLORS, type MeetingStatus } from './shared';
import { PageHeading } from '../../layout/page-heading';

type Summary = Schemas['MeetingSummaryDto'];

const SECTIONS: { status: MeetingStatus; key: string }[] = [
  { status: 'open', key: 'open' },
  { status: 'scheduled', key: 'upcoming' },
  { status: 'closed', key: 'closed' },
];

/** The meetings of the committees the member sits on: open now, upcoming, closed. */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  const meetings = useQuery({ queryKey: ['committee-meetings'], queryFn: () => unwrap(api.GET('/api/v1/meetings', { params: { query: { limit: 100 } } })) });
  const all = meetings.data?.items ?? [];
  return (
    <div className="tp-stack">
      <PageHeading>{t('committeeMember.title')}</PageHeading>
      <p className="tp-section-help">{t('committeeMember.intro')}</p>
      {meetings.error && <Alert type="error" showIcon role="alert" title={committeeErrorText(t, meetings.error)} />}
      {SECTIONS.map(({ status, key }) => {
        // Upcoming soonest first; the others latest first (the API's order).
        const rows = all.filter((m) => m.status === status);
        if (status === 'scheduled') rows.reverse();
        return (
          <Card key={key} title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t(`committeeMember.sections.${key}`)}</Typography.Title>}>
            <List<Summary>
              loading={meetings.isLoading}
              dataSource={rows}
              locale={{ emptyText: <span className="tp-empty">{t(`committeeMember.sectionsEmpty.${key}`)}</span> }}
              renderItem={(m) => (
                <List.Item>
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                    <Link to={`/committee/meetings/${m.id}`}>{t('committeeMember.meetingLink', { date: formatDateTime(m.scheduledAt), location: m.location })}</Link>
                    <Tag variant="solid" color={MEETING_STATUS_COLORS[m.status]}>{t(`committeeMember.meetingStatuses.${m.status}`)}</Tag>
                    {m.status === 'closed' && <Link to={`/committee/meetings/${m.id}/minutes`}>{t('committeeMember.readMinutes')}</Link>}
                  </div>
                </List.Item>
              )}
            />
          </Card>
        );
      })}
    </div>
  );
}
