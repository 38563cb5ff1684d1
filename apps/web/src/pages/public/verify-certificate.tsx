import { Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDate, localized } from '../../i18n';
import { errorText } from '../../components/problems';
import { PageHeading } from '../../layout/page-heading';

/** Someone who cannot scan the QR code types the code printed under it. */
function CodeForm({ initial }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Form layout="inline" initialValues={{ code: initial }} onFinish={({ code }: { code: string }) => navigate(`/verify/${encodeURIComponent(code.trim())}`)}>
      <Form.Item label={t('certificate.codeLabel')} name="code" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input autoComplete="off" spellCheck={false} style={{ width: 280 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('certificate.verify')}
      </Button>
    </Form>
  );
}

/**
 * The page every certificate's QR code opens (PUBLIC_URL/verify/<code>): anyone, without an
 * account, sees whether the certificate is valid or revoked and the holder's minimal data.
 */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const verification = useQuery({
    queryKey: ['public', 'certificate', code],
    enabled: !!code,
    // A revocation must show at once: always ask the API (it answers no-store).
    staleTime: 0,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/v1/public/certificates/{code}', { params: { path: { code: code! } } })),
  });

  const title = <PageHeading style={{ fontSize: 22, margin: 0 }}>{t('certificate.pageTitle')}</PageHeading>;
  if (!code) {
    return (
      <Card className="tp-narrow" title={title}>
        <Typography.Paragraph>{t('certificate.intro')}</Typography.Paragraph>
        <CodeForm />
      </Card>
    );
  }
  if (verification.isLoading) {
    return (
      <Spin tip={t('certificate.checking')}>
        <div style={{ height: 120 }} />
      </Spin>
    );
  }
  if (verification.error) {
    const notFound = verification.error instanceof ApiError && verification.error.status === 404;
    return (
      <Card className="tp-narrow" title={title}>
        <Result
          status={notFound ? 'warning' : 'error'}
          title={notFound ? t('certificate.notFoundTitle') : t('certificate.failedTitle')}
          subTitle={notFound ? t('certificate.notFoundText') : errorText(t, verification.error)}
          extra={<CodeForm initial={code} />}
        />
      </Card>
    );
  }
  const v = verification.data!;
  const valid = v.status === 'valid';
  return (
    <Card className="tp-narrow" title={title}>
      <Result status={valid ? 'success' : 'error'} title={valid ? t('certificate.validTitle') : t('certificate.revokedTitle')} subTitle={valid ? t('certificate.validText') : t('certificate.revokedText')} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('certificate.holder')}>{v.holderName}</Descriptions.Item>
        <Descriptions.Item label={t('certificate.titleGranted')}>{localized(v.title)}</Descriptions.Item>
        <Descriptions.Item label={t('certificate.specialty')}>{localized(v.specialty)}</Descriptions.Item>
        <Descriptions.Item label={t('certificate.obtainedOn')}>{formatDate(v.obtainedOn)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
