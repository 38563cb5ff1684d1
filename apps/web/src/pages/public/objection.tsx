import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { currentLanguage, formatDateTime, localized } from '../../i18n';
import { useOpenNotices } from './notices';
import { PageHeading } from '../../layout/page-heading';

type Receipt = Schemas['ObjectionReceiptDto'];
interface Values {
  name: string;
  email?: string;
  phone?: string;
  statement: string;
}

/** What the objector reads after lodging: the reference to quote, and the confirmation step an e-mail address needs. */
function ReceiptView({ receipt, email, phone }: { receipt: Receipt; email?: string; phone?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('objection.receiptTitle')}
      subTitle={t('objection.keepReference')}
      extra={<Link to="/notices">{t('objection.backToNotice')}</Link>}
    >
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('objection.reference')}>
          <strong data-testid="objection-reference">{receipt.reference}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('objection.receivedAt')}>{formatDateTime(receipt.receivedAt)}</Descriptions.Item>
      </Descriptions>
      <div className="tp-stack" style={{ marginTop: 16 }}>
        {receipt.confirmEmailBy && email && <Alert type="info" showIcon title={t('objection.confirmEmail', { email, date: formatDateTime(receipt.confirmEmailBy) })} description={phone ? undefined : t('objection.confirmEmailOnly')} />}
        {phone && <Alert type="success" showIcon title={t('objection.reachedOffice')} />}
      </div>
    </Result>
  );
}

/**
 * A real-name objection to one entry of the public notice: name, e-mail and/or phone, the
 * grounds. The API takes no attachments; the grounds name the evidence, which the office asks for.
 */
export function ObjectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const notices = useOpenNotices();
  const [receipt, setReceipt] = useState<{ receipt: Receipt; email?: string; phone?: string } | null>(null);
  const [refusal, setRefusal] = useState<{ rateLimitedMinutes?: number; text?: string } | null>(null);
  const [sending, setSending] = useState(false);

  // The entry is one of the open notices (they are few): look through the pages, loading more while it is not found.
  const notice = (notices.data?.pages ?? []).flatMap((p) => p.items).find((n) => n.id === id);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = notices;
  useEffect(() => {
    if (!notice && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [notice, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (receipt) return <ReceiptView {...receipt} />;
  if (notices.isLoading) return <Spin />;
  if (!notice) {
    if (notices.hasNextPage || notices.isFetchingNextPage) return <Spin />;
    return <Result status="warning" title={t('objection.notFoundTitle')} subTitle={t('objection.notFoundText')} extra={<Link to="/notices">{t('objection.backToNotice')}</Link>} />;
  }

  async function lodge(values: Values) {
    setRefusal(null);
    setSending(true);
    const email = values.email?.trim() || undefined;
    const phone = values.phone?.trim() || undefined;
    try {
      const answer = await unwrap(api.POST('/api/v1/public/notices/{id}/objections', { params: { path: { id } }, body: { name: values.name, email, phone, statement: values.statement, locale: currentLanguage() } }));
      setReceipt({ receipt: answer, email, phone });
      window.scrollTo(0, 0);
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) {
        const seconds = Number((e.body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 600);
        setRefusal({ rateLimitedMinutes: Math.max(1, Math.ceil(seconds / 60)) });
      } else if (!showFieldProblems(form, t, e)) setRefusal({ text: errorText(t, e) });
    } finally {
      setSending(false);
    }
  }

  const contactRule = {
    validator: () => (form.getFieldValue('email')?.trim() || form.getFieldValue('phone')?.trim() ? Promise.resolve() : Promise.reject(new Error(t('objection.contactRequired')))),
  };

  return (
    <Card style={{ maxWidth: 640, margin: '0 auto' }} title={<PageHeading style={{ fontSize: 22, margin: 0 }}>{t('objection.title')}</PageHeading>}>
      <Descriptions size="small" column={1} title={t('objection.about')} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('notices.name')}>{notice.name}</Descriptions.Item>
        <Descriptions.Item label={t('notices.employer')}>{notice.employer ?? t('notices.unknown')}</Descriptions.Item>
        <Descriptions.Item label={t('notices.level')}>
          {levelLabel(t, notice.level)} · {specialtyLabel(t, notice.specialty)}
        </Descriptions.Item>
        <Descriptions.Item label={t('notices.cycle')}>{localized({ 'zh-CN': notice.cycleNameZh, en: notice.cycleNameEn })}</Descriptions.Item>
        <Descriptions.Item label={t('notices.period')}>
          {t('notices.periodValue', { start: notice.startDate, end: notice.endDate })} ({t('notices.workingDays', { count: notice.workingDays })})
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph>{t('objection.intro')}</Typography.Paragraph>
      {refusal?.rateLimitedMinutes !== undefined && (
        <Alert type="warning" showIcon role="alert" title={t('objection.rateLimitedTitle')} description={t('objection.rateLimitedText', { minutes: refusal.rateLimitedMinutes })} style={{ marginBottom: 16 }} />
      )}
      {refusal?.text && <Alert type="error" showIcon role="alert" title={refusal.text} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void lodge(v)} requiredMark>
        <Form.Item label={t('objection.name')} name="name" rules={[{ required: true, whitespace: true, message: t('validation.required') }, { min: 2, message: t('objection.nameMin') }]}>
          <Input autoComplete="name" maxLength={100} />
        </Form.Item>
        <Form.Item label={t('objection.email')} name="email" dependencies={['phone']} rules={[{ type: 'email', message: t('validation.email') }, contactRule]}>
          <Input type="email" autoComplete="email" maxLength={254} />
        </Form.Item>
        <Form.Item label={t('objection.phone')} name="phone" dependencies={['email']} rules={[contactRule]}>
          <Input type="tel" autoComplete="tel" maxLength={24} />
        </Form.Item>
        <Form.Item
          label={t('objection.statement')}
          name="statement"
          extra={t('objection.statementHelp')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { min: 10, message: t('objection.statementMin') }]}
        >
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={sending} block>
          {t('objection.submit')}
        </Button>
      </Form>
    </Card>
  );
}
