import { Button, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../i18n';
import { levelLabel, specialtyLabel } from '../../components/labels';

const LEVELS = ['assistant', 'intermediate', 'associate_senior', 'full_senior'] as const;

function OpenCycles() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const cycles = useQuery({ queryKey: ['cycles', 'open'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 20 } } })) });
  const open = (cycles.data?.items ?? []).filter((c) => c.open);
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('home.openCycles')}</Typography.Title>} loading={cycles.isLoading}>
      {open.length === 0 ? (
        <Empty description={t('home.noOpenCycles')} />
      ) : (
        <List
          dataSource={open}
          renderItem={(c) => (
            <List.Item
              actions={session.hasRole('applicant') ? [<Link key="start" to={`/applications/new?cycleId=${c.id}`}>{t('home.apply')}</Link>] : []}
            >
              <List.Item.Meta
                title={i18n.language === 'en' ? c.nameEn : c.nameZh}
                description={
                  <Space direction="vertical" size={4}>
                    <span>{t('home.window', { opens: formatDateTime(c.opensAt), closes: formatDateTime(c.closesAt) })}</span>
                    <span>
                      {c.levels.map((l) => (
                        <Tag key={l}>{levelLabel(t, l)}</Tag>
                      ))}
                      {c.specialties.map((s) => (
                        <Tag key={s} color="blue">
                          {specialtyLabel(t, s)}
                        </Tag>
                      ))}
                    </span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('home.title')}</Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      {session.status === 'anonymous' && (
        <Space>
          <Button type="primary" onClick={() => navigate('/register')}>
            {t('nav.register')}
          </Button>
          <Button onClick={() => navigate('/login')}>{t('nav.login')}</Button>
        </Space>
      )}
      {session.status === 'authenticated' && <OpenCycles />}
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('home.levelsTitle')}</Typography.Title>}>
        <Row gutter={[16, 16]}>
          {LEVELS.map((level) => (
            <Col xs={24} md={12} key={level}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {levelLabel(t, level)}
              </Typography.Title>
              <Typography.Paragraph>{t(`home.requirements.${level}`)}</Typography.Paragraph>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary">{t('home.crossProvincial')}</Typography.Paragraph>
      </Card>
    </div>
  );
}
