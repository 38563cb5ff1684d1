import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDateTime } from '../i18n';

type Minutes = Schemas['MinutesDto'];

/** People named in minutes, sorted, in the page's language ("—" for none). */
export function useNameList(): (people: { name: string | null }[]) => string {
  const { t } = useTranslation();
  return (people) =>
    people
      .map((p) => p.name ?? '—')
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
      .join(t('committeeMember.minutes.separator')) || '—';
}

/** The head of a meeting's minutes, as members and the office read them: times, place, attendance, quorum, who was there. */
export function MinutesSummary({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const listNames = useNameList();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
      <Descriptions.Item label={t('committeeMember.scheduledAt')}>{formatDateTime(m.scheduledAt)}</Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.location')}>{m.location}</Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.minutes.opened')}>{formatDateTime(m.openedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.minutes.closed')}>{formatDateTime(m.closedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.minutes.attendance')}>
        {t('committeeMember.minutes.attendanceText', { present: m.attendance.present, members: m.attendance.members, absent: m.attendance.absent })}
      </Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.minutes.quorum')}>
        {t(m.quorum.met ? 'committeeMember.minutes.quorumMet' : 'committeeMember.minutes.quorumNotMet', { share: m.quorum.share, required: m.quorum.required, present: m.quorum.present })}
      </Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.minutes.presentMembers')}>{listNames(m.attendance.presentMembers)}</Descriptions.Item>
      <Descriptions.Item label={t('committeeMember.minutes.absentMembers')}>{listNames(m.attendance.absentMembers)}</Descriptions.Item>
    </Descriptions>
  );
}
