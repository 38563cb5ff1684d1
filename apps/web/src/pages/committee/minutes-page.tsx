import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { committeeErrorText, committeeName, itemTitle, useMeeting } from './shared';
import { PageHeading } from '../../layout/page-heading';
import { MinutesSummary, useNameList } from '../../components/minutes-summary';

type MinutesItem = Schemas['MinutesItemDto'];

/** The minutes of a closed meeting: attendance, quorum, per file the totals and outcome. No individual vote exists to show. */
export function MinutesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const minutes = useQuery({ queryKey: ['committee-minutes', id], queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id } } })) });
  // The agenda names each file (applicant, employer); the minutes carry the reference number only.
  const meeting = useMeeting(id);
  const listNames = useNameList();
  if (minutes.error) return <Alert type="error" showIcon role="alert" title={committeeErrorText(t, minutes.error)} />;
  const m = minutes.data;
  if (!m) return null;
  const names = new Map((meeting.data?.items ?? []).map((i) => [i.applicationId, i.applicantName]));
  return (
    <div className="tp-stack">
      <Link to={`/committee/meetings/${m.meetingId}`}>{t('committeeMember.backToMeeting')}</Link>
      <PageHeading>{t('committeeMember.minutes.title', { committee: committeeName(m.committee) })}</PageHeading>
      <MinutesSummary minutes={m} />
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('committeeMember.minutes.items')}</Typography.Title>}>
        <List<MinutesItem>
          dataSource={m.items}
          renderItem={(item) => (
            <List.Item>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{itemTitle(t, item)}</Typography.Text>
                  {names.get(item.applicationId) && <span>{names.get(item.applicationId)}</span>}
                  <Tag variant="solid" color={item.outcome === 'passed' ? 'success' : 'error'}>{t(`committeeMember.minutes.outcomes.${item.outcome}`)}</Tag>
                </Space>
                <span data-testid="minutes-totals">
                  {t('committeeMember.minutes.totals', { yes: item.yes, no: item.no, abstain: item.abstain, notVoting: item.notVoting, entitled: item.entitledPresent })}
                </span>
                <span className="tp-section-help" style={{ margin: 0 }}>
                  {t(item.mode === 'paper' ? 'committeeMember.minutes.modePaper' : 'committeeMember.minutes.modeElectronic')}
                  {item.recusals.length > 0 && ` · ${t('committeeMember.minutes.recusals', { names: listNames(item.recusals) })}`}
                </span>
                {item.votingClosedByChair && <span>{t('committeeMember.minutes.chairClosed', { reason: item.votingClosedByChair.reason })}</span>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
