import { useState } from 'react';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { errorText } from '../../components/problems';

/** Sends a fresh verification e-mail (POST me/verification-email); the old link stops working. */
export function ResendVerificationButton({ label, type = 'default' }: { label?: string; type?: 'default' | 'primary' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  async function resend() {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/me/verification-email'));
      setSent(true);
      message.success(t('verifyBanner.sent'));
    } catch (e) {
      message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button size="small" type={type} loading={busy} disabled={sent} onClick={() => void resend()}>
      {sent ? t('verifyBanner.sentShort') : (label ?? t('verifyBanner.resend'))}
    </Button>
  );
}

/** On a designer's pages while their address is unverified: they cannot submit until it is. */
export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user || user.emailVerified || !user.roles.includes('applicant')) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="tp-verify-banner"
      data-testid="verify-email-banner"
      title={t('verifyBanner.title')}
      description={t('verifyBanner.text', { email: user.email })}
      action={<ResendVerificationButton />}
      style={{ marginBottom: 16 }}
    />
  );
}
