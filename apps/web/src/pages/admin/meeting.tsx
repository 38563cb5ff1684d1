import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, InputNumber, List, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { useDocumentTitle } from '../../layout/document-title';
import { formatDateTime } from '../../i18n';
import { committeeKeys, committeeQuery, committeesQuery, meetingQuery, minutesQuery, quorumNeeded, type MeetingItem, type Minutes } from './queries/committees';
import { committeeErrorText, committeeLabel } from './committees';
import { MEETING_STATUS_COLORS } from './meetings';
import './minutes.css';
import { MinutesSummary, useNameList } from '../../components/minutes-summary';

const H2 = ({ children }: { children: string }) => (
  <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
    {children}
  </Typography.Title>
);

/** One meeting: attendance and live quorum before the opening, paper tallies while open, the printable minutes once closed. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const meeting = useQuery(meetingQuery(id));
  const m = meeting.data;
  const committee = useQuery(committeeQuery(m?.committee.id ?? ''));
  const rules = useQuery(committeesQuery()).data?.rules;
  const minutes = useQuery(minutesQuery(id, m?.status === 'closed'));
  useDocumentTitle(m ? t('meetings.meetingTitle', { committee: committeeLabel(m.committee), date: formatDateTime(m.scheduledAt) }) : t('meetings.title'));
  const [present, setPresent] = useState<string[]>([]);
  const [openError, setOpenError] = useState<string | null>(null);
  const [closeError, setCloseError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: committeeKeys.all });

  const openMeeting = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/meetings/{id}/open', { params: { path: { id } }, body: { presentMemberIds: present } })),
    onSuccess: () => {
      setOpenError(null);
      void refresh();
    },
    onError: (e) => setOpenError(committeeErrorText(t, e)),
  });
  const closeMeeting = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/meetings/{id}/close', { params: { path: { id } } })),
    onSuccess: () => {
      setCloseError(null);
      void refresh();
    },
    onError: (e) => setCloseError(committeeErrorText(t, e)),
  });

  if (meeting.error) return <Alert type="error" role="alert" title={errorText(t, meeting.error)} action={<Button onClick={() => void meeting.refetch()}>{t('committees.retry')}</Button>} />;
  if (!m) return <Card loading aria-busy="true" />;
  const members = committee.data?.members ?? [];
  const nameOf = new Map(members.map((x) => [x.id, x.fullName ?? '—']));
  const needed = rules ? quorumNeeded(members.length, rules) : null;
  const met = needed !== null && present.length >= needed;

  return (
    <div className="tp-stack">
      <Link to="/admin/meetings" className="tp-no-print">
        {t('meetings.back')}
      </Link>
      <Typography.Title level={1}>{t('meetings.meetingTitle', { committee: committeeLabel(m.committee), date: formatDateTime(m.scheduledAt) })}</Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} className="tp-no-print">
        <Descriptions.Item label={t('meetings.committee')}>{committeeLabel(m.committee)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.status')}>
          <Tag variant="solid" color={MEETING_STATUS_COLORS[m.status]}>{t(`meetings.statuses.${m.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.scheduledAt')}>{formatDateTime(m.scheduledAt)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.location')}>{m.location}</Descriptions.Item>
        {m.status !== 'scheduled' && (
          <Descriptions.Item label={t('meetings.attendance')}>{t('meetings.presentOf', { present: m.presentCount ?? 0, members: m.memberCount ?? 0, required: m.quorumRequired ?? 0 })}</Descriptions.Item>
        )}
      </Descriptions>

      {m.status === 'scheduled' && (
        <Card title={<H2>{t('meetings.attendance')}</H2>} className="tp-no-print">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <div role="status" aria-live="polite" data-testid="quorum">
              {needed !== null && (
                <Space wrap>
                  <span>{t('meetings.quorumLive', { present: present.length, members: members.length, required: needed })}</span>
                  <Tag variant="solid" color={met ? 'success' : 'error'}>
                    {met ? t('meetings.quorumMet') : t('meetings.quorumMissing', { count: needed - present.length })}
                  </Tag>
                </Space>
              )}
            </div>
            <Space wrap>
              <Button size="small" onClick={() => setPresent(members.map((x) => x.id))}>
                {t('meetings.allPresent')}
              </Button>
              <Button size="small" onClick={() => setPresent([])}>
                {t('meetings.nonePresent')}
              </Button>
            </Space>
            <Checkbox.Group
              aria-label={t('meetings.attendance')}
              value={present}
              onChange={(v) => setPresent(v)}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={members.map((x) => ({ value: x.id, label: `${x.fullName ?? '—'}${x.id === m.committee.chairId ? ` (${t('meetings.chair')})` : ''}` }))}
            />
            {openError && <Alert type="error" role="alert" title={openError} />}
            <Button type="primary" disabled={!met || openMeeting.isPending} loading={openMeeting.isPending} onClick={() => openMeeting.mutate()}>
              {t('meetings.open')}
            </Button>
          </Space>
        </Card>
      )}

      {m.status === 'open' && m.attendance && (
        <Card title={<H2>{t('meetings.attendance')}</H2>} className="tp-no-print">
          <Space wrap>
            {m.attendance.map((a) => (
              <Tag key={a.memberId} variant={a.present ? 'solid' : undefined} color={a.present ? 'success' : 'default'}>
                {nameOf.get(a.memberId) ?? '—'} · {a.present ? t('meetings.present') : t('meetings.absent')}
              </Tag>
            ))}
          </Space>
        </Card>
      )}

      {m.status !== 'closed' && (
        <Card title={<H2>{t('meetings.agenda')}</H2>} className="tp-no-print">
          <Table<MeetingItem>
            rowKey="applicationId"
            pagination={false}
            scroll={{ x: true }}
            dataSource={m.items}
            locale={{ emptyText: <Empty description={t('meetings.emptyAgenda')} /> }}
            columns={[
              { title: '#', dataIndex: 'position', width: 48 },
              { title: t('meetings.reference'), dataIndex: 'referenceNumber', render: (r: string | null, i) => <Link to={`/admin/applications/${i.applicationId}`}>{r ?? '—'}</Link> },
              { title: t('meetings.applicant'), dataIndex: 'applicantName', render: (n: string | null) => n ?? '—' },
              { title: t('meetings.level'), dataIndex: 'level', render: (l: string | null) => (l ? levelLabel(t, l) : '—') },
              { title: t('meetings.specialty'), dataIndex: 'specialty', render: (s: string | null) => (s ? specialtyLabel(t, s) : '—') },
              ...(m.status === 'open'
                ? [{ title: t('meetings.tally'), key: 'tally', render: (_: unknown, i: MeetingItem) => <TallyForm meetingId={id} item={i} onSaved={() => void refresh()} /> }]
                : []),
            ]}
          />
          {m.status === 'open' && (
            <Space orientation="vertical" style={{ marginTop: 16, width: '100%' }}>
              {closeError && <Alert type="error" role="alert" title={closeError} />}
              <Button
                type="primary"
                danger
                loading={closeMeeting.isPending}
                onClick={() =>
                  void modal.confirm({
                    title: t('meetings.closeConfirmTitle'),
                    content: t('meetings.closeConfirm'),
                    okText: t('meetings.close'),
                    cancelText: t('committees.cancel'),
                    onOk: () => closeMeeting.mutateAsync().then(() => void message.success(t('meetings.closed'))).catch(() => undefined),
                  })
                }
              >
                {t('meetings.close')}
              </Button>
            </Space>
          )}
        </Card>
      )}

      {m.status === 'closed' &&
        (minutes.error ? (
          <Alert type="error" role="alert" title={errorText(t, minutes.error)} action={<Button onClick={() => void minutes.refetch()}>{t('committees.retry')}</Button>} />
        ) : minutes.data ? (
          <MinutesView minutes={minutes.data} names={new Map(m.items.map((i) => [i.applicationId, i.applicantName]))} />
        ) : (
          <Card loading aria-busy="true" />
        ))}
    </div>
  );
}

/** The paper tally of one agenda item: yes, no, abstain (replaces an earlier one). */
function TallyForm({ meetingId, item, onSaved }: { meetingId: string; item: MeetingItem; onSaved: () => void }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState({ yes: item.tally?.yes ?? 0, no: item.tally?.no ?? 0, abstain: item.tally?.abstain ?? 0 });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCounts({ yes: item.tally?.yes ?? 0, no: item.tally?.no ?? 0, abstain: item.tally?.abstain ?? 0 }), [item.tally?.yes, item.tally?.no, item.tally?.abstain]);
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/meetings/{id}/tallies', { params: { path: { id: meetingId } }, body: { applicationId: item.applicationId, ...counts } })),
    onSuccess: () => {
      setError(null);
      onSaved();
    },
    onError: (e) => setError(committeeErrorText(t, e)),
  });
  const ref = item.referenceNumber ?? String(item.position);
  const recorded = item.mode === 'paper' && item.tally;
  return (
    <Space orientation="vertical" size={4}>
      <Space wrap size={4}>
        {(['yes', 'no', 'abstain'] as const).map((k) => (
          <InputNumber
            key={k}
            min={0}
            max={1000}
            precision={0}
            style={{ width: 96 }}
            aria-label={t('meetings.tallyField', { choice: t(`meetings.votes.${k}`), reference: ref })}
            prefix={t(`meetings.votes.${k}`)}
            value={counts[k]}
            onChange={(v) => setCounts((c) => ({ ...c, [k]: v ?? 0 }))}
          />
        ))}
        <Button size="small" loading={save.isPending} disabled={save.isPending} onClick={() => save.mutate()} aria-label={t('meetings.recordTallyFor', { reference: ref })}>
          {t('meetings.recordTally')}
        </Button>
      </Space>
      {item.entitledPresent != null && <span className="tp-section-help" style={{ margin: 0 }}>{t('meetings.entitled', { count: item.entitledPresent })}</span>}
      {recorded && <Tag variant="solid" color="success">{t('meetings.tallyRecorded')}</Tag>}
      {item.mode === 'electronic' && <Tag>{t('meetings.electronic')}</Tag>}
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The minutes, printable alone (print CSS: no chrome, black on white). */
function MinutesView({ minutes: mn, names }: { minutes: Minutes; names: Map<string, string | null> }) {
  const { t } = useTranslation();
  const listNames = useNameList();
  return (
    <section className="tp-minutes tp-stack" aria-labelledby="minutes-title">
      <Space wrap className="tp-no-print">
        <Button type="primary" onClick={() => window.print()}>
          {t('meetings.print')}
        </Button>
      </Space>
      <Typography.Title level={2} id="minutes-title">
        {t('committeeMember.minutes.title', { committee: committeeLabel(mn.committee) })}
      </Typography.Title>
      <MinutesSummary minutes={mn} />
      <List
        header={<H2>{t('committeeMember.minutes.items')}</H2>}
        bordered
        dataSource={mn.items}
        renderItem={(item) => (
          <List.Item>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{t('committeeMember.itemTitle', { position: item.position, reference: item.referenceNumber ?? '—' })}</Typography.Text>
                {names.get(item.applicationId) && <span>{names.get(item.applicationId)}</span>}
                <Tag variant="solid" color={item.outcome === 'passed' ? 'success' : 'error'}>
                  {t(`committeeMember.minutes.outcomes.${item.outcome}`)}
                </Tag>
              </Space>
              <span data-testid="minutes-totals">
                {t('committeeMember.minutes.totals', { yes: item.yes, no: item.no, abstain: item.abstain, notVoting: item.notVoting, entitled: item.entitledPresent })}
              </span>
              <span>
                {t(item.mode === 'paper' ? 'committeeMember.minutes.modePaper' : 'committeeMember.minutes.modeElectronic')}
                {item.recusals.length > 0 && ` · ${t('committeeMember.minutes.recusals', { names: listNames(item.recusals) })}`}
              </span>
              {item.votingClosedByChair && <span>{t('committeeMember.minutes.chairClosed', { reason: item.votingClosedByChair.reason })}</span>}
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}

