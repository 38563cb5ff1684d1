import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { committeeErrorText, committeeName, itemTitle, MEETING_STATUS_COLORS, useMeeting, WARNING_TAG } from './shared';
import { PageHeading } from '../../layout/page-heading';

type Item = Schemas['MeetingItemDto'];

/** What the member's state on an item is, in a tag: never how anyone voted. */
function ItemState({ item, status }: { item: Item; status: string }) {
  const { t } = useTranslation();
  if (!item.mayVote) return <Tag variant="solid" color={WARNING_TAG}>{t('committeeMember.state.recused')}</Tag>;
  if (item.voted) return <Tag variant="solid" color="success">{t('committeeMember.state.voted')}</Tag>;
  if (item.votingClosed) return <Tag variant="solid">{t('committeeMember.state.votingClosed')}</Tag>;
  if (item.canVoteNow) return <Tag variant="solid" color="processing">{t('committeeMember.state.toVote')}</Tag>;
  return status === 'scheduled' ? <Tag variant="solid">{t('committeeMember.state.notOpenYet')}</Tag> : null;
}

/** One meeting: when and where, the member's attendance, and the agenda with a dossier per file they may vote on. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  if (meeting.error) return <Alert type="error" showIcon role="alert" title={committeeErrorText(t, meeting.error)} />;
  const m = meeting.data;
  if (!m) return null;
  const presence = m.present === true ? 'present' : m.present === false ? 'absent' : 'notYet';
  return (
    <div className="tp-stack">
      <Link to="/committee">{t('committeeMember.backToMeetings')}</Link>
      <PageHeading>{committeeName(m.committee)}</PageHeading>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('committeeMember.scheduledAt')}>{formatDateTime(m.scheduledAt)}</Descriptions.Item>
        <Descriptions.Item label={t('committeeMember.location')}>{m.location}</Descriptions.Item>
        <Descriptions.Item label={t('committeeMember.status')}>
          <Tag variant="solid" color={MEETING_STATUS_COLORS[m.status]}>{t(`committeeMember.meetingStatuses.${m.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('committeeMember.attendance')}>{t(`committeeMember.presence.${presence}`)}</Descriptions.Item>
      </Descriptions>
      {m.status === 'closed' ? (
        <Alert type="info" showIcon title={t('committeeMember.closedText')} action={<Link to={`/committee/meetings/${m.id}/minutes`}>{t('committeeMember.readMinutes')}</Link>} />
      ) : m.status === 'scheduled' ? (
        <Alert type="info" showIcon title={t('committeeMember.scheduledText')} />
      ) : null}
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('committeeMember.agenda')}</Typography.Title>}>
        <List<Item>
          dataSource={m.items}
          locale={{ emptyText: <span className="tp-empty">{t('committeeMember.agendaEmpty')}</span> }}
          renderItem={(item) => (
            <List.Item>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{itemTitle(t, item)}</Typography.Text>
                  <ItemState item={item} status={m.status} />
                </Space>
                <span>
                  {[item.applicantName, item.employerName, item.level && levelLabel(t, item.level), item.specialty && specialtyLabel(t, item.specialty)].filter(Boolean).join(' · ')}
                </span>
                {!item.mayVote ? (
                  <span className="tp-section-help">{t('committeeMember.recusedText')}</span>
                ) : m.status !== 'closed' ? (
                  <Link to={`/committee/meetings/${m.id}/items/${item.applicationId}`} aria-label={`${item.canVoteNow ? t('committeeMember.openDossierAndVote') : t('committeeMember.openDossier')}: ${itemTitle(t, item)}`}>
                    {item.canVoteNow ? t('committeeMember.openDossierAndVote') : t('committeeMember.openDossier')}
                  </Link>
                ) : null}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
