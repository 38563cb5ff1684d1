import { useTranslation } from 'react-i18next';
import { TokenPasswordForm } from './password';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  return (
    <TokenPasswordForm
      endpoint="/api/v1/auth/invitations/accept"
      title={t('invitation.title')}
      submit={t('invitation.submit')}
      doneTitle={t('invitation.done')}
      noToken={{ title: t('invitation.noTokenTitle'), text: t('invitation.noTokenText'), to: '/login', link: t('nav.login') }}
    />
  );
}
