import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, List, Radio, Result, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { evidenceLabel, levelLabel, specialtyLabel } from '../../components/labels';
import { formatDateTime, localized } from '../../i18n';
import { useSession } from '../../auth/session';
import { committeeErrorText, itemTitle, useMeeting, VOTES, WARNING_TAG, type Vote } from './shared';
import { PageHeading } from '../../layout/page-heading';

type Meeting = Schemas['MeetingDto'];
type Item = Schemas['MeetingItemDto'];
type Dossier = Schemas['MemberDossierDto'];

function SectionTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The dossier: the panel's result, the reviews without names, eligibility, evidence. */
function DossierView({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const panel = dossier.panel;
  return (
    <>
      <Card title={<SectionTitle>{t('committeeMember.dossier.panel')}</SectionTitle>}>
        {panel ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 3 }}>
              <Descriptions.Item label={t('committeeMember.dossier.aggregate')}>{panel.aggregate}</Descriptions.Item>
              <Descriptions.Item label={t('committeeMember.dossier.spread')}>{panel.spread}</Descriptions.Item>
              <Descriptions.Item label={t('committeeMember.dossier.reviewCount')}>{panel.reviewCount}</Descriptions.Item>
            </Descriptions>
            {panel.spreadFlag && <Alert type="warning" showIcon title={t('committeeMember.dossier.spreadFlag')} />}
          </Space>
        ) : (
          <span className="tp-empty">{t('committeeMember.dossier.noPanel')}</span>
        )}
      </Card>
      <Card title={<SectionTitle>{t('committeeMember.dossier.reviews')}</SectionTitle>}>
        <p className="tp-section-help">{t('committeeMember.dossier.reviewsHelp')}</p>
        <List
          dataSource={dossier.reviews}
          locale={{ emptyText: <span className="tp-empty">{t('committeeMember.dossier.noReviews')}</span> }}
          renderItem={(review, i) => (
            <List.Item>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{t('committeeMember.dossier.reviewN', { n: i + 1 })}</Typography.Text>
                  <span>{t('committeeMember.dossier.total', { total: review.total ?? '—' })}</span>
                  {review.recommendation && (
                    <Tag variant="solid" color={review.recommendation === 'pass' ? 'success' : 'error'}>{t(`committeeMember.dossier.recommendations.${review.recommendation}`)}</Tag>
                  )}
                </Space>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{review.comment || t('committeeMember.dossier.noComment')}</Typography.Paragraph>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={<SectionTitle>{t('committeeMember.dossier.eligibility')}</SectionTitle>}>
        {dossier.eligibility ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Tag variant="solid" color={dossier.eligibility.eligible ? 'success' : 'error'}>{t(dossier.eligibility.eligible ? 'committeeMember.dossier.eligible' : 'committeeMember.dossier.notEligible')}</Tag>
              {dossier.eligibility.exceptionalRoute && <Tag variant="solid" color={WARNING_TAG}>{t('committeeMember.dossier.exceptional')}</Tag>}
            </Space>
            <List
              dataSource={dossier.eligibility.results}
              renderItem={(r) => (
                <List.Item>
                  <Space align="start">
                    {r.passed ? (
                      <CheckCircleOutlined aria-label={t('committeeMember.dossier.rulePassed')} style={{ color: '#237804' }} />
                    ) : (
                      <CloseCircleOutlined aria-label={t('committeeMember.dossier.ruleFailed')} style={{ color: '#a8071a' }} />
                    )}
                    <span>{localized(r.explanation)}</span>
                  </Space>
                </List.Item>
              )}
            />
          </Space>
        ) : (
          <span className="tp-empty">{t('committeeMember.dossier.noEligibility')}</span>
        )}
      </Card>
      <Card title={<SectionTitle>{t('committeeMember.dossier.evidence')}</SectionTitle>}>
        <List
          dataSource={dossier.evidence}
          locale={{ emptyText: <span className="tp-empty">{t('committeeMember.dossier.noEvidence')}</span> }}
          renderItem={(e) => (
            <List.Item>
              <Space wrap>
                <Typography.Text strong>{evidenceLabel(t, e.kind)}</Typography.Text>
                <span style={{ wordBreak: 'break-all' }}>{e.originalName}</span>
                <span className="tp-section-help" style={{ margin: 0 }}>
                  {formatSize(e.sizeBytes)} · {formatDateTime(e.uploadedAt)}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

/**
 * The secret ballot on one item: yes / no / abstain, confirmed before it is cast. Afterwards
 * only "voted" shows: the choice is not kept in the page, and the API never echoes it.
 */
function Ballot({ meeting, item }: { meeting: Meeting; item: Item }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Vote | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function cast(vote: Vote) {
    const path = { params: { path: { id: meeting.id } } };
    try {
      await unwrap(api.POST('/api/v1/meetings/{id}/ballots', { ...path, body: { applicationId: item.applicationId, vote } }));
    } catch (e) {
      // The paper was issued but the choice not stored: cast that same paper again, once.
      const paper = e instanceof ApiError && e.code === 'BALLOT_NOT_RECORDED' ? (e.body.details as { ballotToken?: string } | undefined)?.ballotToken : undefined;
      if (!paper) throw e;
      await unwrap(api.POST('/api/v1/meetings/{id}/ballots', { ...path, body: { applicationId: item.applicationId, vote, ballotToken: paper } }));
    }
  }

  function confirm() {
    if (!choice) {
      setError(t('committeeMember.ballot.chooseFirst'));
      return;
    }
    setError(null);
    const vote = choice;
    modal.confirm({
      title: t('committeeMember.ballot.confirmTitle'),
      content: t('committeeMember.ballot.confirmText', { choice: t(`committeeMember.ballot.votes.${vote}`), item: itemTitle(t, item) }),
      okText: t('committeeMember.ballot.confirmOk'),
      cancelText: t('committeeMember.ballot.confirmCancel'),
      autoFocusButton: 'ok',
      onOk: async () => {
        try {
          await cast(vote);
        } catch (e) {
          setError(committeeErrorText(t, e));
        } finally {
          // Whatever happened, the choice leaves the page.
          setChoice(null);
          await queryClient.invalidateQueries({ queryKey: ['committee-meeting', meeting.id] });
        }
      },
    });
  }

  let body;
  if (item.voted) {
    body = <Result status="success" title={t('committeeMember.ballot.votedTitle')} subTitle={t('committeeMember.ballot.votedText')} />;
  } else if (item.canVoteNow) {
    body = (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <p id="ballot-help" style={{ margin: 0 }}>
          {t('committeeMember.ballot.help')}
        </p>
        <Radio.Group
          aria-label={t('committeeMember.ballot.yourVote')}
          aria-describedby="ballot-help"
          value={choice}
          onChange={(e) => setChoice(e.target.value as Vote)}
          options={VOTES.map((v) => ({ value: v, label: t(`committeeMember.ballot.votes.${v}`) }))}
        />
        <Button type="primary" onClick={confirm}>
          {t('committeeMember.ballot.cast')}
        </Button>
      </Space>
    );
  } else {
    const why = item.votingClosed ? 'votingClosed' : meeting.status === 'scheduled' ? 'notOpenYet' : meeting.present === false ? 'absent' : meeting.status === 'closed' ? 'closed' : 'paper';
    body = <Alert type="info" showIcon title={t(`committeeMember.ballot.cannot.${why}`)} />;
  }
  return (
    <Card title={<SectionTitle>{t('committeeMember.ballot.title')}</SectionTitle>}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      {body}
      <ChairClose meeting={meeting} item={item} />
    </Card>
  );
}

/** The chair may end the electronic vote on an item before everyone has voted, with a reason (it goes into the minutes). */
function ChairClose({ meeting, item }: { meeting: Meeting; item: Item }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  if (meeting.status !== 'open' || meeting.committee.chairId !== session.user?.id || !item.mayVote || item.votingClosed) return null;
  function open() {
    let reason = '';
    modal.confirm({
      title: t('committeeMember.chair.title'),
      content: (
        <div>
          <p>{t('committeeMember.chair.text')}</p>
          <label htmlFor="chair-close-reason">{t('committeeMember.chair.reason')}</label>
          <Input.TextArea id="chair-close-reason" rows={3} onChange={(e) => (reason = e.target.value)} />
        </div>
      ),
      okText: t('committeeMember.chair.ok'),
      cancelText: t('committeeMember.ballot.confirmCancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await unwrap(api.POST('/api/v1/meetings/{id}/items/{applicationId}/close-voting', { params: { path: { id: meeting.id, applicationId: item.applicationId } }, body: { reason } }));
          await queryClient.invalidateQueries({ queryKey: ['committee-meeting', meeting.id] });
        } catch (e) {
          message.error(committeeErrorText(t, e));
          throw e;
        }
      },
    });
  }
  return (
    <div style={{ marginTop: 16 }}>
      <Button danger onClick={open}>
        {t('committeeMember.chair.button')}
      </Button>
    </div>
  );
}

/** One agenda item: the dossier (unless the member is recused) and the member's secret ballot. */
export function ItemPage() {
  const { t } = useTranslation();
  const { id = '', applicationId = '' } = useParams();
  const meeting = useMeeting(id);
  const item = meeting.data?.items.find((i) => i.applicationId === applicationId);
  const readable = !!item?.mayVote && meeting.data?.status !== 'closed';
  const dossier = useQuery({
    queryKey: ['committee-dossier', id, applicationId],
    enabled: readable,
    queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}/items/{applicationId}/dossier', { params: { path: { id, applicationId } } })),
  });
  if (meeting.error) return <Alert type="error" showIcon role="alert" title={committeeErrorText(t, meeting.error)} />;
  const m = meeting.data;
  if (!m) return null;
  if (!item) return <Alert type="error" showIcon role="alert" title={t('committeeMember.errors.DOSSIER_NOT_FOUND')} />;
  return (
    <div className="tp-stack">
      <Link to={`/committee/meetings/${m.id}`}>{t('committeeMember.backToMeeting')}</Link>
      <PageHeading>{itemTitle(t, item)}</PageHeading>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('committeeMember.applicant')}>{item.applicantName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('committeeMember.employer')}>{item.employerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.level')}>{item.level ? levelLabel(t, item.level) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.specialty')}>{item.specialty ? specialtyLabel(t, item.specialty) : '—'}</Descriptions.Item>
      </Descriptions>
      {!item.mayVote ? (
        <Alert type="warning" showIcon title={t('committeeMember.state.recused')} description={t('committeeMember.recusedText')} />
      ) : (
        <>
          {dossier.error && <Alert type="error" showIcon role="alert" title={committeeErrorText(t, dossier.error)} />}
          {dossier.data && <DossierView dossier={dossier.data} />}
          <Ballot meeting={m} item={item} />
        </>
      )}
    </div>
  );
}
