import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText, showFieldProblems } from '../../components/problems';
import { formatDate } from '../../i18n';
import { revocationPreview, revokeTitle } from './queries/appeals';

/** The bar's end as the API computes it, read when the dialog opens. */
function BarPreview({ id }: { id: string }) {
  const { t } = useTranslation();
  const preview = useQuery(revocationPreview(id));
  if (preview.isLoading) return <Spin />;
  if (preview.error || !preview.data) return <Alert type="error" title={errorText(t, preview.error)} action={<Button onClick={() => void preview.refetch()}>{t('revocation.retry')}</Button>} />;
  return <Alert type="warning" showIcon data-testid="bar-preview" title={t('revocation.bar', { date: formatDate(preview.data.barredUntil), years: preview.data.barYears })} />;
}

/** Revoke an approved title with a reason, the bar's end date shown before confirming (admin file page). */
export function RevokeTitle({ id, onRevoked }: { id: string; onRevoked: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  async function revoke(values: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await revokeTitle(id, values.reason.trim());
      message.success(t('revocation.done'));
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['admin-application', id] });
      onRevoked();
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('revocation.revoke')}
      </Button>
      <Modal
        open={open}
        title={t('revocation.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('revocation.confirm')}
        cancelText={t('revocation.cancel')}
        okButtonProps={{ danger: true, loading: busy }}
        destroyOnHidden
      >
        <div className="tp-stack">
          <p>{t('revocation.intro')}</p>
          <BarPreview id={id} />
          {error && <Alert type="error" role="alert" title={error} />}
          <Form form={form} layout="vertical" onFinish={(v) => void revoke(v)}>
            <Form.Item label={t('revocation.reason')} name="reason" extra={t('revocation.reasonHelp')} rules={[{ required: true, whitespace: true, message: t('revocation.reasonRequired') }]}>
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          </Form>
        </div>
      </Modal>
    </>
  );
}
