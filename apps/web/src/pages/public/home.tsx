import { Button, Card, Collapse, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useOffice } from '../../api/office';
import { useSession } from '../../auth/session';
import { formatDateTime, localized } from '../../i18n';
import { evidenceLabel, levelLabel } from '../../components/labels';
import { useDocumentTitle } from '../../layout/document-title';

type PublicCycle = Schemas['PublicCycleDto'];
type EvidenceRequirement = Schemas['EvidenceRequirementDto'];

function EvidenceList({ items }: { items: EvidenceRequirement[] }) {
  const { t } = useTranslation();
  return (
    <ul className="tp-plain-list">
      {items.map((e) => (
        <li key={e.kind}>
          {t('home.evidenceItem', { kind: evidenceLabel(t, e.kind), count: e.minCount })}
          {e.when === 'if_current_title' && <Typography.Text type="secondary"> {t('home.ifCurrentTitle')}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

/** Where "apply" leads: the start page for an applicant, registration for a visitor, nowhere for staff. */
function ApplyLink({ cycle, level }: { cycle: PublicCycle; level: string }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.hasRole('applicant')) return <Link to={`/applications/new?cycleId=${cycle.id}&level=${level}`}>{t('home.applyLevel', { level: levelLabel(t, level) })}</Link>;
  if (session.status === 'anonymous') return <Link to="/register">{t('home.registerToApply')}</Link>;
  return null;
}

/** One open cycle: its window and specialties, then what each level requires, from the cycle's own policy. */
function CycleCard({ cycle }: { cycle: PublicCycle }) {
  const { t } = useTranslation();
  const { province } = useOffice();
  const megabytes = Math.round(cycle.maxFileBytes / (1024 * 1024));
  return (
    <Card
      type="inner"
      title={
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {localized({ 'zh-CN': cycle.nameZh, en: cycle.nameEn })}
        </Typography.Title>
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <span>{t('home.window', { opens: formatDateTime(cycle.opensAt), closes: formatDateTime(cycle.closesAt) })}</span>
        <span>
          {t('home.specialties')}:{' '}
          {cycle.specialtyLabels.map((s) => (
            <Tag key={s.key} color="blue">
              {localized(s.label)}
            </Tag>
          ))}
        </span>
        <Collapse
          defaultActiveKey={cycle.levels.slice(0, 1).map((l) => l.level)}
          items={cycle.levels.map((l) => ({
            key: l.level,
            label: levelLabel(t, l.level),
            children: (
              <Space direction="vertical" size={8} style={{ width: '100%' }}>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('home.routesTitle')}>
                    <ul className="tp-plain-list">
                      {l.routes.map((r) => (
                        <li key={r.en}>{localized(r)}</li>
                      ))}
                    </ul>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('home.achievementsTitle')}>{l.achievements ? localized(l.achievements) : t('home.noAchievements')}</Descriptions.Item>
                  <Descriptions.Item label={t('home.evidenceTitle')}>
                    <EvidenceList items={l.evidence} />
                  </Descriptions.Item>
                </Descriptions>
                <ApplyLink cycle={cycle} level={l.level} />
              </Space>
            ),
          }))}
        />
        <Descriptions column={1} size="small" title={t('home.allLevelsTitle')}>
          {cycle.continuingEducation && <Descriptions.Item label={t('home.continuingEducation')}>{localized(cycle.continuingEducation)}</Descriptions.Item>}
          {province && (
            <Descriptions.Item label={t('home.crossProvincialTitle')}>
              <div>
                {t('home.crossProvincialText', { province })}
                <EvidenceList items={cycle.crossProvincialEvidence} />
              </div>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('home.exceptionalTitle')}>
            <div>
              {t('home.exceptionalText', { requirement: localized(cycle.exceptionalRoute) })}
              <EvidenceList items={cycle.exceptionalEvidence} />
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.filesTitle')}>{t('home.filesText', { types: cycle.acceptedMediaTypes.map((m) => m.split('/')[1].toUpperCase()).join(', '), size: megabytes })}</Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}

/** The cycles open now, for everyone: a visitor decides here whether to register. */
function OpenCycles() {
  const { t } = useTranslation();
  const cycles = useQuery({ queryKey: ['public', 'cycles'], queryFn: () => unwrap(api.GET('/api/v1/public/cycles', { params: { query: { limit: 20 } } })) });
  const open = cycles.data?.items ?? [];
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('home.openCycles')}</Typography.Title>} loading={cycles.isLoading}>
      {open.length === 0 ? (
        <Empty description={t('home.noOpenCycles')} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {open.map((c) => (
            <CycleCard key={c.id} cycle={c} />
          ))}
        </Space>
      )}
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const navigate = useNavigate();
  const session = useSession();
  const { province } = useOffice();
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('home.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('home.intro')}
        {province && ` ${t('home.introCrossProvincial', { province })}`}
      </Typography.Paragraph>
      {session.status === 'anonymous' && (
        <Space>
          <Button type="primary" onClick={() => navigate('/register')}>
            {t('nav.register')}
          </Button>
          <Button onClick={() => navigate('/login')}>{t('nav.login')}</Button>
        </Space>
      )}
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('home.noticeTitle')}</Typography.Title>}>
        <Typography.Paragraph>{t('home.noticeText')}</Typography.Paragraph>
        <Space wrap size="large">
          <Link to="/notices">{t('home.noticeLink')}</Link>
          <Link to="/verify">{t('home.verifyLink')}</Link>
        </Space>
      </Card>
      <OpenCycles />
    </div>
  );
}
