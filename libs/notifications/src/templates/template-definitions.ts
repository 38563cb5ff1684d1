import type { TemplateLocale } from './labels';

/**
 * The wording of every notification, in both languages, as data.
 *
 * Each locale version gives the e-mail subject, the short inbox title and inbox
 * body, and the e-mail's paragraphs plus an optional call-to-action. The e-mail's
 * text and html variants are both derived from the paragraphs by the shared layout
 * (layout.ts), so the two cannot say different things and escaping lives in one
 * place. The greeting ("尊敬的{{recipientName}}：", or a neutral "您好：" to an
 * address not yet verified) and the office footer also come from the layout. A
 * message that can reach an unverified address carries nothing its sender typed.
 *
 * Conventions for variables:
 *  - dates and times arrive already formatted in Asia/Shanghai time
 *    ("2026-06-15 17:00"); the wording adds "（北京时间）" / "(Beijing time)";
 *  - enumerations arrive as their stable keys and are shown through label sets
 *    (`{{level|level}}`, see labels.ts);
 *  - `actionUrl` is an absolute http(s) URL into the portal (for inbox types:
 *    the portal's base URL + the catalogue's linkPath).
 * Deadlines and validity periods are variables, never written into the text,
 * because the domain makes them configurable per cycle.
 */
export interface LocaleTemplate {
  readonly subject: string;
  /** Short inbox title (one line). */
  readonly title: string;
  /** Inbox body, plain text, a sentence or two; the inbox entry links to the page. */
  readonly body: string;
  /** E-mail paragraphs, plain text with placeholders. */
  readonly paragraphs: readonly string[];
  /** Button in the html, labelled URL line in the text. */
  readonly action?: { readonly label: string; readonly urlVar: string };
}

export type TemplateDefinition = Readonly<Record<TemplateLocale, LocaleTemplate>>;

const ACTION = 'actionUrl';

// Said once so every optional type tells the person how to stop it.
const OPT_OUT_ZH = '您可在平台“个人设置—通知偏好”中关闭此类提醒邮件。';
const OPT_OUT_EN = 'You can turn off reminder e-mails under Settings > Notifications in the portal.';

export const TEMPLATES = {
  // ---------------------------------------------------------------- account
  'account.verify_email': {
    'zh-CN': {
      subject: '请验证您的电子邮箱',
      title: '验证电子邮箱',
      body: '请在{{expiresInHours}}小时内通过邮件中的链接完成邮箱验证。',
      paragraphs: [
        '感谢您注册工业设计专业职称评审平台。请点击下方按钮验证您的电子邮箱地址，验证完成后即可登录并填写申报材料。',
        '该链接{{expiresInHours}}小时内有效，且只能使用一次。如果您并未注册，请忽略本邮件，您的邮箱地址不会被使用。',
      ],
      action: { label: '验证邮箱', urlVar: ACTION },
    },
    en: {
      subject: 'Please verify your e-mail address',
      title: 'Verify your e-mail address',
      body: 'Please verify your e-mail address within {{expiresInHours}} hours using the link we sent you.',
      paragraphs: [
        'Thank you for registering with the Industrial Design Title Evaluation Portal. Please confirm your e-mail address with the button below; you can then sign in and prepare your application.',
        'The link is valid for {{expiresInHours}} hours and can be used once. If you did not register, please ignore this message; your address will not be used.',
      ],
      action: { label: 'Verify e-mail address', urlVar: ACTION },
    },
  },
  'account.invitation': {
    'zh-CN': {
      subject: '邀请您使用工业设计专业职称评审平台',
      title: '账号邀请',
      body: '您已受邀以“{{role|role}}”身份使用本平台，请在{{expiresInDays}}天内设置登录密码。',
      paragraphs: [
        '评审办公室已为您开通工业设计专业职称评审平台账号，角色为“{{role|role}}”。请点击下方按钮设置登录密码，完成账号激活。',
        '该邀请链接{{expiresInDays}}天内有效，且只能使用一次；逾期请联系评审办公室重新发送。如果您认为本邮件有误，请忽略。',
      ],
      action: { label: '设置密码', urlVar: ACTION },
    },
    en: {
      subject: 'Your invitation to the Industrial Design Title Evaluation Portal',
      title: 'Account invitation',
      body: 'You have been invited to the portal as "{{role|role}}". Please set your password within {{expiresInDays}} days.',
      paragraphs: [
        'The evaluation office has opened an account for you on the Industrial Design Title Evaluation Portal with the role "{{role|role}}". Please use the button below to set your password and activate the account.',
        'This invitation is valid for {{expiresInDays}} days and can be used once; if it expires, please ask the evaluation office to send a new one. If you think this message reached you by mistake, please ignore it.',
      ],
      action: { label: 'Set your password', urlVar: ACTION },
    },
  },
  'account.password_reset': {
    'zh-CN': {
      subject: '重置您的登录密码',
      title: '重置密码',
      body: '我们收到了您的密码重置请求，重置链接{{expiresInMinutes}}分钟内有效。',
      paragraphs: [
        '我们收到了重置您账号登录密码的请求。请点击下方按钮设置新密码。',
        '该链接{{expiresInMinutes}}分钟内有效，且只能使用一次。如果这不是您本人的操作，请忽略本邮件，您的密码不会改变；如多次收到此类邮件，请联系评审办公室。',
      ],
      action: { label: '重置密码', urlVar: ACTION },
    },
    en: {
      subject: 'Reset your password',
      title: 'Reset your password',
      body: 'We received a request to reset your password. The link is valid for {{expiresInMinutes}} minutes.',
      paragraphs: [
        'We received a request to reset the password of your account. Please use the button below to choose a new password.',
        'The link is valid for {{expiresInMinutes}} minutes and can be used once. If you did not ask for this, please ignore this message; your password will not change. If you keep receiving such messages, please contact the evaluation office.',
      ],
      action: { label: 'Reset password', urlVar: ACTION },
    },
  },

  'account.already_registered': {
    'zh-CN': {
      subject: '有人尝试用您的邮箱注册账号',
      title: '重复注册提醒',
      body: '有人尝试用您的邮箱地址注册新账号；该地址已有账号，未创建新账号。',
      paragraphs: [
        '我们收到了用本邮箱地址注册工业设计专业职称评审平台账号的请求。该地址已经注册过账号，因此没有创建新账号。',
        '如果是您本人操作，请直接登录；如忘记密码，可在此重置：{{resetUrl}}',
        '如果不是您本人操作，请忽略本邮件，您的账号不受影响。',
      ],
      action: { label: '登录', urlVar: 'loginUrl' },
    },
    en: {
      subject: 'Someone tried to register with your e-mail address',
      title: 'Registration attempt',
      body: 'Someone tried to register a new account with your address, which already has one; no account was created.',
      paragraphs: [
        'We received a request to register an account on the Industrial Design Title Evaluation Portal with this e-mail address. The address already has an account, so no new account was created.',
        'If it was you, please log in instead; if you have forgotten your password, you can reset it here: {{resetUrl}}',
        'If it was not you, please ignore this message; your account is unaffected.',
      ],
      action: { label: 'Log in', urlVar: 'loginUrl' },
    },
  },

  // ------------------------------------------------------------ application
  'application.submitted': {
    'zh-CN': {
      subject: '申报材料已提交（受理编号：{{referenceNumber}}）',
      title: '申报已提交',
      body: '您申报“{{level|level}}”（{{specialty|specialty}}）的材料已于{{submittedAt}}提交，受理编号{{referenceNumber}}，请等待资格审查。',
      paragraphs: [
        '您在{{cycleName}}中申报“{{level|level}}”（{{specialty|specialty}}专业）的材料已于{{submittedAt}}（北京时间）成功提交，受理编号为{{referenceNumber}}。请妥善保存此编号，查询进度或联系评审办公室时请提供。',
        '评审办公室将对您的材料进行资格审查，结果将通过站内消息和邮件通知您。审查期间材料不能修改；如需撤回，可在评委会表决前登录平台操作。',
      ],
      action: { label: '查看申报', urlVar: ACTION },
    },
    en: {
      subject: 'Application received (ref. {{referenceNumber}})',
      title: 'Application submitted',
      body: 'Your application for {{level|level}} ({{specialty|specialty}}) was submitted on {{submittedAt}}. Reference: {{referenceNumber}}.',
      paragraphs: [
        'Your application to {{cycleName}} for the title of {{level|level}} ({{specialty|specialty}}) was submitted on {{submittedAt}} (Beijing time). Your reference number is {{referenceNumber}}; please quote it whenever you contact the evaluation office.',
        'The evaluation office will now check your file for qualification and will tell you the result in the portal and by e-mail. The file cannot be changed during the check; you may withdraw the application in the portal at any time before the committee vote.',
      ],
      action: { label: 'View application', urlVar: ACTION },
    },
  },
  'application.returned': {
    'zh-CN': {
      subject: '申报材料需补正，请于{{correctionDeadline}}前重新提交（受理编号：{{referenceNumber}}）',
      title: '申报材料已退回补正',
      body: '请于{{correctionDeadline}}前修改并重新提交。退回原因：{{reason}}',
      paragraphs: [
        '经资格审查，您的申报材料（受理编号{{referenceNumber}}）需要补充或更正，现退回给您修改。',
        '退回原因：{{reason}}',
        '请于{{correctionDeadline}}（北京时间）前登录平台按要求修改并重新提交。逾期将无法重新提交本次申报。',
      ],
      action: { label: '修改申报材料', urlVar: ACTION },
    },
    en: {
      subject: 'Action needed: please correct and resubmit by {{correctionDeadline}} (ref. {{referenceNumber}})',
      title: 'Application returned for correction',
      body: 'Please correct and resubmit by {{correctionDeadline}}. Reason: {{reason}}',
      paragraphs: [
        'After the qualification check, your application (ref. {{referenceNumber}}) has been returned to you because some information or evidence needs to be added or corrected.',
        'Reason: {{reason}}',
        'Please sign in, make the changes and resubmit by {{correctionDeadline}} (Beijing time). After that deadline the application can no longer be resubmitted.',
      ],
      action: { label: 'Correct application', urlVar: ACTION },
    },
  },
  'application.accepted': {
    'zh-CN': {
      subject: '申报已通过资格审查（受理编号：{{referenceNumber}}）',
      title: '已通过资格审查',
      body: '您的申报（{{referenceNumber}}）已通过资格审查，进入专家评审阶段。',
      paragraphs: [
        '您在{{cycleName}}中提交的申报材料（受理编号{{referenceNumber}}）已通过资格审查，现进入专家评审阶段。',
        '评审期间您无需进行任何操作，评审结果将另行通知。您可随时登录平台查看进度。',
      ],
      action: { label: '查看进度', urlVar: ACTION },
    },
    en: {
      subject: 'Your application has passed the qualification check (ref. {{referenceNumber}})',
      title: 'Accepted for expert review',
      body: 'Your application ({{referenceNumber}}) has passed the qualification check and is now with the expert reviewers.',
      paragraphs: [
        'Your application to {{cycleName}} (ref. {{referenceNumber}}) has passed the qualification check and has been accepted for expert review.',
        'You do not need to do anything during the review; we will let you know the result. You can follow the progress in the portal at any time.',
      ],
      action: { label: 'View progress', urlVar: ACTION },
    },
  },
  'application.rejected': {
    'zh-CN': {
      subject: '申报结果通知（受理编号：{{referenceNumber}}）',
      title: '申报未通过{{stage|stage}}',
      body: '您的申报未通过{{stage|stage}}。如有异议，可于{{appealDeadline}}前提出申诉。',
      paragraphs: [
        '很遗憾地通知您，您的申报（受理编号{{referenceNumber}}）未通过{{stage|stage}}。',
        '原因：{{reason}}',
        '如对本结果有异议，您可于{{appealDeadline}}（北京时间）前登录平台提出申诉，并写明申诉理由。同一决定只能申诉一次，逾期不再受理。',
      ],
      action: { label: '查看详情', urlVar: ACTION },
    },
    en: {
      subject: 'Decision on your application (ref. {{referenceNumber}})',
      title: 'Application not approved at the {{stage|stage}} stage',
      body: 'Your application did not pass the {{stage|stage}} stage. You may appeal until {{appealDeadline}}.',
      paragraphs: [
        'We regret to inform you that your application (ref. {{referenceNumber}}) did not pass the {{stage|stage}} stage.',
        'Reason: {{reason}}',
        'If you disagree with this decision, you may lodge an appeal in the portal, stating your grounds, by {{appealDeadline}} (Beijing time). Each decision can be appealed once; appeals received after the deadline cannot be accepted.',
      ],
      action: { label: 'View details', urlVar: ACTION },
    },
  },
  'application.withdrawn': {
    'zh-CN': {
      subject: '申报已撤回（受理编号：{{referenceNumber}}）',
      title: '申报已撤回',
      body: '您的申报（{{referenceNumber}}）已于{{withdrawnAt}}撤回。',
      paragraphs: [
        '您在{{cycleName}}中的申报（受理编号{{referenceNumber}}）已于{{withdrawnAt}}（北京时间）撤回，评审程序随之终止。',
        '申报期内，您可重新创建并提交申报。如果这不是您本人的操作，请立即修改密码并联系评审办公室。',
      ],
      action: { label: '查看申报', urlVar: ACTION },
    },
    en: {
      subject: 'Application withdrawn (ref. {{referenceNumber}})',
      title: 'Application withdrawn',
      body: 'Your application ({{referenceNumber}}) was withdrawn on {{withdrawnAt}}.',
      paragraphs: [
        'Your application to {{cycleName}} (ref. {{referenceNumber}}) was withdrawn on {{withdrawnAt}} (Beijing time), and its evaluation has stopped.',
        'While the submission window is open you may create and submit a new application. If you did not withdraw it yourself, please change your password at once and contact the evaluation office.',
      ],
      action: { label: 'View application', urlVar: ACTION },
    },
  },
  'application.returned_by_unit': {
    'zh-CN': {
      subject: '推荐单位退回申报材料，请于{{correctionDeadline}}前重新提交（受理编号：{{referenceNumber}}）',
      title: '推荐单位已退回申报材料',
      body: '{{unitName}}退回了您的申报，请于{{correctionDeadline}}前修改并重新提交。退回原因：{{reason}}',
      paragraphs: [
        '您的推荐单位{{unitName}}审核了您的申报材料（受理编号{{referenceNumber}}），需要补充或更正，现退回给您修改。',
        '退回原因：{{reason}}',
        '请于{{correctionDeadline}}（北京时间）前登录平台修改并重新提交，重新提交后将再次交由{{unitName}}审核推荐。',
      ],
      action: { label: '修改申报材料', urlVar: ACTION },
    },
    en: {
      subject: 'Your recommending unit returned your application: resubmit by {{correctionDeadline}} (ref. {{referenceNumber}})',
      title: 'Returned by your recommending unit',
      body: '{{unitName}} returned your application; please correct and resubmit by {{correctionDeadline}}. Reason: {{reason}}',
      paragraphs: [
        'Your recommending unit, {{unitName}}, checked your application (ref. {{referenceNumber}}) and returned it because some information or evidence needs to be added or corrected.',
        'Reason: {{reason}}',
        'Please sign in, make the changes and resubmit by {{correctionDeadline}} (Beijing time); the file then goes back to {{unitName}} for its recommendation.',
      ],
      action: { label: 'Correct application', urlVar: ACTION },
    },
  },
  'application.recommended': {
    'zh-CN': {
      subject: '推荐单位已推荐您的申报（受理编号：{{referenceNumber}}）',
      title: '推荐单位已推荐',
      body: '{{unitName}}已于{{recommendedAt}}推荐您的申报，材料已转评审办公室资格审查。',
      paragraphs: [
        '您的推荐单位{{unitName}}已完成内部公示（{{postingStartDate}}至{{postingEndDate}}），并于{{recommendedAt}}（北京时间）推荐您的申报（受理编号{{referenceNumber}}）。',
        '您的申报材料已转交评审办公室进行资格审查，审查结果将另行通知。',
      ],
      action: { label: '查看申报', urlVar: ACTION },
    },
    en: {
      subject: 'Your recommending unit recommended your application (ref. {{referenceNumber}})',
      title: 'Recommended by your unit',
      body: '{{unitName}} recommended your application on {{recommendedAt}}; it now goes to the office’s qualification check.',
      paragraphs: [
        'Your recommending unit, {{unitName}}, posted your summary internally from {{postingStartDate}} to {{postingEndDate}} and recommended your application (ref. {{referenceNumber}}) on {{recommendedAt}} (Beijing time).',
        'The evaluation office will now check its qualification, and we will let you know the result.',
      ],
      action: { label: 'View application', urlVar: ACTION },
    },
  },
  'unit.file_received': {
    'zh-CN': {
      subject: '待推荐申报：{{applicantName}}（受理编号：{{referenceNumber}}）',
      title: '新的待推荐申报',
      body: '{{applicantName}}（{{referenceNumber}}）的申报已提交至{{unitName}}，请审核、内部公示并推荐。',
      paragraphs: [
        '{{applicantName}}在{{cycleName}}中的申报（受理编号{{referenceNumber}}）已提交至{{unitName}}。',
        '请审核申报材料，在单位内部公示申报人的申报情况（不少于规定的工作日），记录公示结果后推荐、不予推荐或退回修改。',
      ],
      action: { label: '审核申报', urlVar: ACTION },
    },
    en: {
      subject: 'Application to recommend: {{applicantName}} (ref. {{referenceNumber}})',
      title: 'New application to recommend',
      body: '{{applicantName}} ({{referenceNumber}}) submitted an application to {{unitName}}: please check it, post it internally and recommend.',
      paragraphs: [
        '{{applicantName}} submitted an application to {{cycleName}} (ref. {{referenceNumber}}) to {{unitName}}.',
        'Please check the file, post the applicant’s summary inside the unit for at least the required working days, record the posting’s outcome, and then recommend it, decline it or return it for correction.',
      ],
      action: { label: 'Check application', urlVar: ACTION },
    },
  },
  'unit.file_decided': {
    'zh-CN': {
      subject: '{{unitName}}：{{applicantName}}的申报{{unitOutcome|unitOutcome}}（受理编号：{{referenceNumber}}）',
      title: '申报已处理',
      body: '{{applicantName}}（{{referenceNumber}}）的申报{{unitOutcome|unitOutcome}}。',
      paragraphs: ['{{unitName}}的经办人已处理{{applicantName}}的申报（受理编号{{referenceNumber}}）：{{unitOutcome|unitOutcome}}。', OPT_OUT_ZH],
      action: { label: '查看申报', urlVar: ACTION },
    },
    en: {
      subject: '{{unitName}}: the application of {{applicantName}} {{unitOutcome|unitOutcome}} (ref. {{referenceNumber}})',
      title: 'Application handled',
      body: 'The application of {{applicantName}} ({{referenceNumber}}) {{unitOutcome|unitOutcome}}.',
      paragraphs: ['An officer of {{unitName}} handled the application of {{applicantName}} (ref. {{referenceNumber}}): it {{unitOutcome|unitOutcome}}.', OPT_OUT_EN],
      action: { label: 'View application', urlVar: ACTION },
    },
  },
  'unit.reminder': {
    'zh-CN': {
      subject: '提醒：{{applicantName}}的申报已在{{unitName}}等待{{days}}天（受理编号：{{referenceNumber}}）',
      title: '待推荐申报提醒',
      body: '{{applicantName}}（{{referenceNumber}}）的申报自{{submittedAt}}起等待推荐，已{{days}}天。',
      paragraphs: [
        '{{applicantName}}的申报（受理编号{{referenceNumber}}）于{{submittedAt}}（北京时间）提交至{{unitName}}，至今已{{days}}天尚未推荐、不予推荐或退回。',
        '请尽快审核并完成内部公示和推荐，以免影响申报人参加本批次评审。',
        OPT_OUT_ZH,
      ],
      action: { label: '审核申报', urlVar: ACTION },
    },
    en: {
      subject: 'Reminder: the application of {{applicantName}} has waited {{days}} days at {{unitName}} (ref. {{referenceNumber}})',
      title: 'Application waiting for your recommendation',
      body: 'The application of {{applicantName}} ({{referenceNumber}}) has waited since {{submittedAt}}: {{days}} days.',
      paragraphs: [
        'The application of {{applicantName}} (ref. {{referenceNumber}}) reached {{unitName}} on {{submittedAt}} (Beijing time) and has not been recommended, declined or returned for {{days}} days.',
        'Please check it and complete the internal posting and the recommendation soon, so the applicant can take part in this cycle.',
        OPT_OUT_EN,
      ],
      action: { label: 'Check application', urlVar: ACTION },
    },
  },
  'application.draft_reminder': {
    'zh-CN': {
      subject: '申报即将截止：{{cycleName}}还剩{{daysLeft}}天',
      title: '申报即将截止',
      body: '您的申报尚未提交，本批次将于{{windowClosesAt}}截止申报，还剩{{daysLeft}}天。',
      paragraphs: [
        '您在{{cycleName}}中的申报材料仍为草稿，尚未提交。本批次申报将于{{windowClosesAt}}（北京时间）截止，距今还剩{{daysLeft}}天。',
        '请尽快完善材料并提交，截止后将无法提交。如您已决定不参加本批次申报，请忽略本提醒。',
        OPT_OUT_ZH,
      ],
      action: { label: '继续填写', urlVar: ACTION },
    },
    en: {
      subject: 'Reminder: {{daysLeft}} day(s) left to submit your application to {{cycleName}}',
      title: 'Submission window closing soon',
      body: 'Your application has not been submitted yet. The window closes on {{windowClosesAt}}, in {{daysLeft}} day(s).',
      paragraphs: [
        'Your application to {{cycleName}} is still a draft and has not been submitted. The submission window closes on {{windowClosesAt}} (Beijing time), in {{daysLeft}} day(s).',
        'Please complete and submit it before then; applications cannot be submitted after the window closes. If you have decided not to apply in this cycle, please disregard this reminder.',
        OPT_OUT_EN,
      ],
      action: { label: 'Continue application', urlVar: ACTION },
    },
  },

  // ----------------------------------------------------------------- review
  'review.assigned': {
    'zh-CN': {
      subject: '评审任务通知：受理编号{{referenceNumber}}，请于{{reviewDeadline}}前完成',
      title: '新的评审任务',
      body: '您有一份新的评审任务（{{referenceNumber}}），请于{{reviewDeadline}}前完成。',
      paragraphs: [
        '评审办公室为您分配了一份{{cycleName}}的评审任务：受理编号{{referenceNumber}}，申报“{{level|level}}”，{{specialty|specialty}}专业。',
        '请先登录平台查看申报材料，确认是否存在应当回避的情形（如同一单位、师生关系、三年内同事、亲属、合著或合作设计等）。如存在，请拒绝该任务并说明原因，评审办公室将另行安排；如不存在，请于{{reviewDeadline}}（北京时间）前按评分标准完成评分并提交评审意见。',
        '评审内容请严格保密。',
      ],
      action: { label: '查看评审任务', urlVar: ACTION },
    },
    en: {
      subject: 'New review assignment: ref. {{referenceNumber}}, due {{reviewDeadline}}',
      title: 'New review assignment',
      body: 'You have a new application to review ({{referenceNumber}}). Please complete it by {{reviewDeadline}}.',
      paragraphs: [
        'The evaluation office has assigned you an application to review for {{cycleName}}: reference {{referenceNumber}}, {{level|level}}, {{specialty|specialty}}.',
        'Please sign in and first check whether you have a conflict of interest with the applicant (same employer, teacher and student, co-workers within the last three years, relatives, co-authors or co-designers). If you do, please decline the assignment and give the reason so that the office can replace you; otherwise please score the file against the rubric and submit your opinion by {{reviewDeadline}} (Beijing time).',
        'Please keep everything you see during the review confidential.',
      ],
      action: { label: 'Open assignment', urlVar: ACTION },
    },
  },
  'review.assigned_digest': {
    'zh-CN': {
      subject: '评审任务通知：{{assignedCount}}份申报材料，请于{{reviewDeadline}}前完成',
      title: '新的评审任务',
      body: '评审办公室为您分配了{{assignedCount}}份评审任务，请于{{reviewDeadline}}前完成。',
      paragraphs: [
        '评审办公室通过自动分配为您安排了{{cycleName}}的{{assignedCount}}份评审任务：{{references}}。',
        '请先登录平台逐份查看申报材料，确认是否存在应当回避的情形（如同一单位、师生关系、三年内同事、亲属、合著或合作设计等）。如存在，请拒绝相应任务并说明原因，评审办公室将另行安排；如不存在，请于{{reviewDeadline}}（北京时间）前按评分标准完成评分并提交评审意见。',
        '评审内容请严格保密。',
      ],
      action: { label: '查看我的评审', urlVar: ACTION },
    },
    en: {
      subject: '{{assignedCount}} new review assignments, due {{reviewDeadline}}',
      title: 'New review assignments',
      body: 'The evaluation office has assigned you {{assignedCount}} applications to review. Please complete them by {{reviewDeadline}}.',
      paragraphs: [
        'An automatic assignment run for {{cycleName}} has given you {{assignedCount}} applications to review: {{references}}.',
        'Please sign in and check each file for a conflict of interest with its applicant (same employer, teacher and student, co-workers within the last three years, relatives, co-authors or co-designers). Where you have one, decline that assignment and give the reason so that the office can replace you; otherwise please score each file against the rubric and submit your opinion by {{reviewDeadline}} (Beijing time).',
        'Please keep everything you see during the review confidential.',
      ],
      action: { label: 'Open my reviews', urlVar: ACTION },
    },
  },
  'review.reminder': {
    'zh-CN': {
      subject: '评审提醒：您还有{{pendingCount}}份评审待提交',
      title: '评审即将截止',
      body: '您还有{{pendingCount}}份评审未提交，截止时间为{{reviewDeadline}}。',
      paragraphs: [
        '{{cycleName}}专家评审将于{{reviewDeadline}}（北京时间）截止，距今还剩{{daysLeft}}天。您目前还有{{pendingCount}}份评审尚未提交。',
        '请在截止前完成评分并提交评审意见。如您刚刚已提交，请忽略本提醒。',
        OPT_OUT_ZH,
      ],
      action: { label: '前往评审', urlVar: ACTION },
    },
    en: {
      subject: 'Reminder: {{pendingCount}} review(s) due by {{reviewDeadline}}',
      title: 'Review deadline approaching',
      body: 'You have {{pendingCount}} review(s) to submit by {{reviewDeadline}}.',
      paragraphs: [
        'Expert review for {{cycleName}} closes on {{reviewDeadline}} (Beijing time), in {{daysLeft}} day(s). You still have {{pendingCount}} review(s) to submit.',
        'Please submit your scores and opinions before the deadline. If you have just done so, please disregard this reminder.',
        OPT_OUT_EN,
      ],
      action: { label: 'Go to my reviews', urlVar: ACTION },
    },
  },
  'review.overdue': {
    'zh-CN': {
      subject: '评审已逾期：您有{{pendingCount}}份评审尚未提交',
      title: '评审已逾期',
      body: '{{cycleName}}评审已于{{reviewDeadline}}截止，您还有{{pendingCount}}份评审未提交。',
      paragraphs: [
        '{{cycleName}}专家评审已于{{reviewDeadline}}（北京时间）截止，您仍有{{pendingCount}}份评审尚未提交。',
        '逾期评审会影响本批次的整体进度。请尽快登录平台完成评审；如确实无法完成，请及时联系评审办公室，以便另行安排评审专家。',
      ],
      action: { label: '前往评审', urlVar: ACTION },
    },
    en: {
      subject: 'Overdue: {{pendingCount}} review(s) not yet submitted',
      title: 'Reviews overdue',
      body: 'Expert review for {{cycleName}} closed on {{reviewDeadline}}; {{pendingCount}} of your review(s) are still outstanding.',
      paragraphs: [
        'Expert review for {{cycleName}} closed on {{reviewDeadline}} (Beijing time), and {{pendingCount}} of your review(s) have not been submitted.',
        'Overdue reviews hold up the whole cycle. Please complete them in the portal as soon as possible; if you cannot, please tell the evaluation office right away so that another reviewer can be assigned.',
      ],
      action: { label: 'Go to my reviews', urlVar: ACTION },
    },
  },

  // -------------------------------------------------------------- committee
  'committee.meeting_scheduled': {
    'zh-CN': {
      subject: '会议通知：{{committeeName}}评审会议（{{meetingAt}}）',
      title: '评委会会议通知',
      body: '{{committeeName}}定于{{meetingAt}}在{{location}}召开评审会议，请准时出席。',
      paragraphs: [
        '{{committeeName}}定于{{meetingAt}}（北京时间）在{{location}}召开{{cycleName}}评审会议，对已完成专家评审的申报进行表决。',
        '会议须达到规定出席人数方为有效，请您准时出席；如不能出席，请尽早告知评审办公室。如您与会议审议的某份申报存在应当回避的情形，请在会前于平台中申报回避。',
      ],
      action: { label: '查看会议详情', urlVar: ACTION },
    },
    en: {
      subject: 'Meeting notice: {{committeeName}}, {{meetingAt}}',
      title: 'Committee meeting scheduled',
      body: '{{committeeName}} will meet on {{meetingAt}} at {{location}}. Please attend on time.',
      paragraphs: [
        '{{committeeName}} will meet on {{meetingAt}} (Beijing time) at {{location}} to vote on the applications of {{cycleName}} that have completed expert review.',
        'The meeting is valid only if enough members attend, so please be there on time; if you cannot attend, please tell the evaluation office as early as possible. If you have a conflict of interest with any application on the agenda, please declare it in the portal before the meeting.',
      ],
      action: { label: 'View meeting details', urlVar: ACTION },
    },
  },
  'application.public_notice': {
    'zh-CN': {
      subject: '评审结果公示通知（受理编号：{{referenceNumber}}）',
      title: '评审结果进入公示',
      body: '您的申报已通过评委会表决，公示期为{{noticeStartDate}}至{{noticeEndDate}}。',
      paragraphs: [
        '您在{{cycleName}}中的申报（受理编号{{referenceNumber}}）已通过评委会表决，现按规定予以公示，公示期为{{noticeStartDate}}至{{noticeEndDate}}。',
        '公示内容为姓名、工作单位、申报级别、专业和评审批次，不包含身份证件号码和联系方式。公示期满且无异议成立的，将确认您取得职称并颁发证书，届时另行通知。',
      ],
      action: { label: '查看申报', urlVar: ACTION },
    },
    en: {
      subject: 'Your result is on public notice (ref. {{referenceNumber}})',
      title: 'Result posted for public notice',
      body: 'Your application has passed the committee vote and is on public notice from {{noticeStartDate}} to {{noticeEndDate}}.',
      paragraphs: [
        'Your application to {{cycleName}} (ref. {{referenceNumber}}) has passed the committee vote and, as the rules require, is posted for public notice from {{noticeStartDate}} to {{noticeEndDate}}.',
        'The notice shows your name, employer, level, specialty and cycle only, never your identity number or contact details. If the notice period ends with no objection upheld, your title will be confirmed and your certificate issued; we will let you know.',
      ],
      action: { label: 'View application', urlVar: ACTION },
    },
  },
  'objection.received': {
    'zh-CN': {
      subject: '收到公示异议：{{objectionReference}}（受理编号：{{referenceNumber}}）',
      title: '新的公示异议',
      body: '收到针对{{applicantName}}（{{referenceNumber}}）的公示异议，请及时核查处理。',
      paragraphs: [
        '{{receivedAt}}（北京时间）收到一条针对公示对象{{applicantName}}（受理编号{{referenceNumber}}）的实名异议，异议编号{{objectionReference}}。',
        '异议处理完毕前，该申报的公示不能结束。请尽快核查并作出处理（异议成立或不成立），并注意对反映人的信息保密。',
      ],
      action: { label: '处理异议', urlVar: ACTION },
    },
    en: {
      subject: 'Objection received: {{objectionReference}} (ref. {{referenceNumber}})',
      title: 'New public-notice objection',
      body: 'An objection concerning {{applicantName}} ({{referenceNumber}}) has been received. Please look into it promptly.',
      paragraphs: [
        'A named objection concerning {{applicantName}} (ref. {{referenceNumber}}), whose result is on public notice, was received on {{receivedAt}} (Beijing time). Objection number: {{objectionReference}}.',
        "The public notice for this application cannot close until the objection is resolved. Please look into it promptly, decide whether it is upheld or dismissed, and keep the objector's identity confidential.",
      ],
      action: { label: 'Handle objection', urlVar: ACTION },
    },
  },
  'objection.confirm_email': {
    'zh-CN': {
      subject: '请确认您的电子邮箱（公示异议）',
      title: '确认电子邮箱',
      body: '请在{{expiresInHours}}小时内通过邮件中的链接确认您的电子邮箱。',
      paragraphs: [
        '我们收到了一条以本邮箱地址为联系方式的公示异议。请点击下方按钮，确认该邮箱地址由您本人使用。只留有邮箱的异议在确认后才送交评审办公室处理；异议回执也将在确认后发送。',
        '该链接{{expiresInHours}}小时内有效，且只能使用一次。如果您并未提交异议，请忽略本邮件，您不会再收到与此相关的邮件。',
      ],
      action: { label: '确认邮箱', urlVar: ACTION },
    },
    en: {
      subject: 'Please confirm your e-mail address (public-notice objection)',
      title: 'Confirm your e-mail address',
      body: 'Please confirm your e-mail address within {{expiresInHours}} hours using the link we sent you.',
      paragraphs: [
        'We received an objection to a public notice that gives this e-mail address as its contact. Please confirm with the button below that the address is yours. An objection that gives only an e-mail address goes to the evaluation office once it is confirmed, and the receipt is sent after confirmation.',
        'The link is valid for {{expiresInHours}} hours and can be used once. If you did not lodge an objection, please ignore this message; you will receive nothing further about it.',
      ],
      action: { label: 'Confirm e-mail address', urlVar: ACTION },
    },
  },
  'objection.acknowledged': {
    'zh-CN': {
      subject: '我们已收到您反映的情况（异议编号：{{objectionReference}}）',
      title: '异议已收到',
      body: '您于{{receivedAt}}提交的异议已收到，编号{{objectionReference}}。',
      paragraphs: [
        '您于{{receivedAt}}（北京时间）就公示对象{{applicantName}}提交的异议已收到，异议编号为{{objectionReference}}。',
        '评审办公室将依照规定进行核查，必要时会通过您留下的联系方式与您联系。我们将对您的个人信息和反映内容严格保密。感谢您对职称评审工作的监督。',
      ],
    },
    en: {
      subject: 'We have received your objection (no. {{objectionReference}})',
      title: 'Objection received',
      body: 'Your objection of {{receivedAt}} has been received under number {{objectionReference}}.',
      paragraphs: [
        'We have received the objection you lodged on {{receivedAt}} (Beijing time) concerning {{applicantName}}, whose result is on public notice. Your objection number is {{objectionReference}}.',
        'The evaluation office will look into it according to the rules and may contact you using the details you gave. Your identity and what you told us will be kept confidential. Thank you for helping to keep the evaluation fair.',
      ],
    },
  },

  // ---------------------------------------------------------------- outcome
  'application.awaiting_confirmation': {
    'zh-CN': {
      subject: '公示期满，等待人力资源社会保障部门确认（受理编号：{{referenceNumber}}）',
      title: '公示期满，等待确认',
      body: '您的申报公示期满，已报送人力资源社会保障部门确认。',
      paragraphs: [
        '您的申报（受理编号{{referenceNumber}}，{{level|level}}，{{specialty|specialty}}专业）公示已于{{noticeClosedOn}}期满，公示期间未有成立的异议。',
        '评审结果已报送人力资源社会保障部门审核确认。确认后（以批准文号及发文日期为准）您将取得职称，电子证书随即生成，我们会另行通知您。在此之前您尚未取得该职称。',
      ],
      action: { label: '查看申报', urlVar: ACTION },
    },
    en: {
      subject: 'Public notice ended: awaiting the bureau’s confirmation (ref. {{referenceNumber}})',
      title: 'Public notice ended: awaiting confirmation',
      body: 'The public notice of your application has ended; the result has gone to the human resources bureau for confirmation.',
      paragraphs: [
        'The public notice of your application (ref. {{referenceNumber}}, {{level|level}}, {{specialty|specialty}}) ended on {{noticeClosedOn}} with no objection upheld.',
        'The result has gone to the human resources and social security bureau for confirmation. Once the bureau confirms it (with an approval document number and a date of issue) the title is yours and your electronic certificate is issued; we will let you know. Until then the title has not been granted.',
      ],
      action: { label: 'View application', urlVar: ACTION },
    },
  },
  'application.approved': {
    'zh-CN': {
      subject: '职称评审结果：您已取得{{level|level}}职称',
      title: '已取得{{level|level}}职称',
      body: '您已取得{{level|level}}（{{specialty|specialty}}）职称，证书编号{{certificateNumber}}。',
      paragraphs: [
        '祝贺您！您的申报（受理编号{{referenceNumber}}）经人力资源社会保障部门确认（批准文号：{{approvalDocumentNumber}}，发文日期：{{approvedAt}}），您已取得{{level|level}}（{{specialty|specialty}}专业）职称。',
        '证书编号：{{certificateNumber}}。电子证书已生成，您可登录平台查看和下载；用人单位等可扫描证书上的二维码（或打开其核验链接）在平台核验证书。',
      ],
      action: { label: '查看电子证书', urlVar: ACTION },
    },
    en: {
      subject: 'Congratulations: you have been awarded the title of {{level|level}}',
      title: 'Title awarded: {{level|level}}',
      body: 'You have been awarded the title of {{level|level}} ({{specialty|specialty}}). Certificate number: {{certificateNumber}}.',
      paragraphs: [
        'Congratulations! The human resources and social security bureau has confirmed the result of your application (ref. {{referenceNumber}}) by approval document {{approvalDocumentNumber}} of {{approvedAt}}: you hold the title of {{level|level}} ({{specialty|specialty}}).',
        "Certificate number: {{certificateNumber}}. Your electronic certificate is ready to view and download in the portal; employers and others can check it on the portal's verification page by scanning the QR code printed on it (or opening its verification link).",
      ],
      action: { label: 'View certificate', urlVar: ACTION },
    },
  },
  'appeal.decided': {
    'zh-CN': {
      subject: '申诉处理结果通知（受理编号：{{referenceNumber}}）',
      title: '申诉处理结果：{{outcome|appealOutcome}}',
      body: '处理结果：{{outcome|appealOutcome}}。说明：{{decisionNote}}',
      paragraphs: [
        '您就申报（受理编号{{referenceNumber}}）提出的申诉已处理完毕。',
        '处理结果：{{outcome|appealOutcome}}',
        '说明：{{decisionNote}}',
        '{{outcome|appealOutcomeNext}}',
      ],
      action: { label: '查看详情', urlVar: ACTION },
    },
    en: {
      subject: 'Decision on your appeal (ref. {{referenceNumber}})',
      title: 'Appeal decided: {{outcome|appealOutcome}}',
      body: 'Decision: {{outcome|appealOutcome}}. Explanation: {{decisionNote}}',
      paragraphs: [
        'Your appeal concerning application {{referenceNumber}} has been decided.',
        'Decision: {{outcome|appealOutcome}}',
        'Explanation: {{decisionNote}}',
        '{{outcome|appealOutcomeNext}}',
      ],
      action: { label: 'View details', urlVar: ACTION },
    },
  },
  'appeal.lodged': {
    'zh-CN': {
      subject: '收到申诉：{{applicantName}}（受理编号：{{referenceNumber}}）',
      title: '新的申诉',
      body: '{{applicantName}}（{{referenceNumber}}）对不通过决定提出申诉，请及时处理。',
      paragraphs: [
        '{{lodgedAt}}（北京时间）收到{{applicantName}}（受理编号{{referenceNumber}}）对不通过决定提出的申诉。',
        '请审阅申诉理由并作出处理：同意重新评审（重新组织专家评审）或维持原决定。处理结果将通知申诉人。',
      ],
      action: { label: '处理申诉', urlVar: ACTION },
    },
    en: {
      subject: 'Appeal lodged: {{applicantName}} (ref. {{referenceNumber}})',
      title: 'New appeal',
      body: '{{applicantName}} ({{referenceNumber}}) has appealed against the rejection of their application. Please decide it promptly.',
      paragraphs: [
        'On {{lodgedAt}} (Beijing time) {{applicantName}} (ref. {{referenceNumber}}) appealed against the decision rejecting their application.',
        'Please read the grounds and decide: a re-review with new reviewers, or the original decision upheld. The applicant will be told the outcome.',
      ],
      action: { label: 'Decide appeal', urlVar: ACTION },
    },
  },
  'title.revoked': {
    'zh-CN': {
      subject: '职称撤销通知（证书编号：{{certificateNumber}}）',
      title: '职称已撤销',
      body: '您的{{level|level}}职称（证书编号{{certificateNumber}}）已被撤销，证书即日起失效。',
      paragraphs: [
        '经核查，您通过申报（受理编号{{referenceNumber}}）取得的{{level|level}}职称（证书编号{{certificateNumber}}）存在弄虚作假情形，评审办公室决定予以撤销，该证书自即日起失效。',
        '撤销原因：{{reason}}',
        '根据规定，您在{{barredUntil}}之前不得申报职称评审。如对本决定有疑问，请与评审办公室联系。',
      ],
      action: { label: '查看详情', urlVar: ACTION },
    },
    en: {
      subject: 'Notice of revocation of your title (certificate {{certificateNumber}})',
      title: 'Title revoked',
      body: 'Your title of {{level|level}} (certificate {{certificateNumber}}) has been revoked; the certificate is no longer valid.',
      paragraphs: [
        'Following an investigation, the evaluation office has found that the application (ref. {{referenceNumber}}) through which you obtained the title of {{level|level}} (certificate {{certificateNumber}}) involved false information or evidence. The title has been revoked and the certificate is no longer valid.',
        'Reason: {{reason}}',
        'Under the rules you may not apply for a professional title evaluation before {{barredUntil}}. If you have questions about this decision, please contact the evaluation office.',
      ],
      action: { label: 'View details', urlVar: ACTION },
    },
  },
} satisfies Readonly<Record<string, TemplateDefinition>>;

export type TemplateKey = keyof typeof TEMPLATES;

export const TEMPLATE_KEYS: readonly TemplateKey[] = Object.freeze(Object.keys(TEMPLATES) as TemplateKey[]);

export function isTemplateKey(x: unknown): x is TemplateKey {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, x);
}
