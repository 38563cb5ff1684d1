/**
 * The portal's API as TypeScript types, generated from /docs-json by openapi-typescript.
 * Do not edit: run `npm run web:api-types` after changing a route or DTO (CI checks it).
 */

export interface paths {
    "/api/v1/admin/applications/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your exports, newest first */
        get: operations["AdminApplicationExportsController_list"];
        put?: never;
        /** Queue an export of the admin list (same filters and sort; never your own files) as CSV (UTF-8 with BOM) or XLSX; identity numbers masked; the request is audited */
        post: operations["AdminApplicationExportsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/applications/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your exports: status, rows, size, when it finished and expires (404 for anyone else’s) */
        get: operations["AdminApplicationExportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/applications/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file of one of your exports, streamed from storage; audited. 409 EXPORT_NOT_READY while queued or running, 409 EXPORT_FAILED, 410 EXPORT_EXPIRED, 404 for anyone else’s */
        get: operations["AdminApplicationExportsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, newest first, filtered by actor, action, target (type and id) and time range; cursor pagination; never the entries about your own files */
        get: operations["AdminAuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the hash chain of the whole audit log
         * @description Walks every entry in chain order; `valid: false` names the first entry that does not fit and what mismatched. Reads the whole log: seconds for millions of entries.
         */
        get: operations["AdminAuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminCalendarController_get"];
        put: operations["AdminCalendarController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits on the office: counts for the cycle’s files, and office-wide for notices, objections, appeals and failed notifications */
        get: operations["AdminDashboardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/identity-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions refused because the identity number is bound to another account: both accounts, newest attempt first */
        get: operations["AdminIdentityController_conflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminNotificationsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notifications/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminNotificationsController_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notifications/templates/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminNotificationsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations, oldest first (keyset), optionally of one kind, each with the people acting for it */
        get: operations["AdminOrganisationsController_list"];
        put?: never;
        /** Register an employer (by credit code) or a district sub-centre (by region code) */
        post: operations["AdminOrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminOrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organisations/{id}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a person to act for a recommending unit (role unit_officer) or the bureau (role authority_officer), bound to it
         * @description The invitation flow of admin/users: a new account and a link to set a password. 409 EMAIL_TAKEN; 422 ORGANISATION_NOT_A_UNIT for the office (its people are admins).
         */
        post: operations["AdminOrganisationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/qualification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted files waiting for qualification review, oldest submission first (never your own), each with its unit’s recommendation and internal posting */
        get: operations["QualificationController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QueueDashboardController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminReviewersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reviewers/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminReviewersController_get"];
        put: operations["AdminReviewersController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reviewers/{userId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminReviewersController_listRelations"];
        put?: never;
        post: operations["AdminReviewersController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminStatsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminUsersController_list"];
        put?: never;
        post: operations["AdminUsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminUsersController_update"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct (re-bind) or release the identity number bound to an account, with a reason (audited) */
        post: operations["AdminIdentityController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appeals, oldest first (status=open: those waiting for a decision); never on your own file */
        get: operations["AppealsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One appeal */
        get: operations["AppealsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an appeal: re-review or uphold
         * @description re_review: the file goes back to in_review (workflow action decide_appeal_rereview), its previous review assignments are closed and its aggregate cleared, so new reviewers must be assigned; upheld: the file stays rejected. The applicant is notified (appeal.decided). 400 naming `outcome` or `note`; 404 for an appeal on your own file; 409 APPEAL_ALREADY_DECIDED.
         */
        post: operations["AppealsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_list"];
        put?: never;
        post: operations["ApplicationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ApplicationsController_save"];
        trace?: never;
    };
    "/api/v1/applications/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appeals of a file, oldest first (its applicant or an admin; 404 for anyone else) */
        get: operations["LodgeAppealController_list"];
        put?: never;
        /**
         * Appeal the rejection of your file
         * @description Once per rejection decision, within its appeal window (the deadline the rejection stated; otherwise APPEAL_WINDOW_DAYS after it). Admins are notified (appeal.lodged). 400 naming `grounds`; 404 for a file that is not yours; 409 APPEAL_NOT_REJECTED (the file is not rejected) or APPEAL_ALREADY_LODGED (this decision was appealed already); 422 APPEAL_WINDOW_CLOSED with the date the window closed.
         */
        post: operations["LodgeAppealController_lodge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/appeals/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision that rejected the file: stage, reason, appeal deadline, whether it was appealed (its applicant or an admin; 404 for anyone else) */
        get: operations["LodgeAppealController_rejection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssignmentsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AssignmentsController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application's evidence files and upload limits (whoever may see the application) */
        get: operations["AttachmentsController_list"];
        put?: never;
        /**
         * Upload one evidence file (owner, while the application is draft or returned)
         * @description multipart/form-data with the field `kind` first, then the field `file`. Errors: 400 VALIDATION_FAILED (kind), INVALID_FILE_NAME, FILE_EMPTY; 404 APPLICATION_NOT_FOUND; 409 APPLICATION_NOT_EDITABLE, DUPLICATE_ATTACHMENT (the same bytes are already evidence of this file); 413 FILE_TOO_LARGE, APPLICATION_FILES_TOO_LARGE; 415 UNSUPPORTED_FILE_TYPE (content is not PDF/JPEG/PNG), UNSUPPORTED_MEDIA_TYPE (not multipart).
         */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one evidence file (always as an attachment, never rendered inline) */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        /** Delete one evidence file (owner, while the application is draft or returned) */
        delete: operations["AttachmentsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit entries of one file, newest first (admins; 404 for your own file) */
        get: operations["ApplicationTrackingController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate as a PDF (holder or admin)
         * @description A4 PDF with the holder, title, specialty, cycle, evaluating body, the bureau’s approval document number (certificates from before the confirmation: the file’s reference number as approval reference), date obtained, date of issue, certificate number, the cross-provincial note where it applies, and a QR code of the public verification page. A revoked certificate is marked revoked with the date and reason. 404 CERTIFICATE_NOT_FOUND for a file without one and for anyone but the holder and admins.
         */
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/certificate/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate as data (holder or admin): number, dates, the verification code and page, and once revoked the reason and the end of the bar
         * @description 404 CERTIFICATE_NOT_FOUND as for the PDF.
         */
        get: operations["CertificatesController_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/qualification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept, return for correction or reject a submitted file
         * @description 400 VALIDATION_FAILED naming `reason` when a return or rejection has none; 404 for your own file; 409 INVALID_TRANSITION when the file is no longer submitted (someone decided first); 422 CONFIRMATION_REQUIRED naming confirmExceptional / confirmEntrustment when accepting an exceptional-route or cross-provincial file without them. The applicant is notified (application.accepted / returned / rejected).
         */
        post: operations["QualificationController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recommending unit, its internal posting and its decision (404 unless you handle the file or act for its unit) */
        get: operations["ApplicationRecommendationController_recommendation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What revoking this approved title now would bar (shown before confirming)
         * @description The end of the bar its holder would get (a later bar already set is kept); 404 for your own file; 409 INVALID_TRANSITION when the file is not approved.
         */
        get: operations["RevocationController_preview"];
        put?: never;
        /**
         * Revoke an approved title
         * @description The file becomes revoked, its certificate shows as revoked with the reason (PDF and public verification), and the holder is barred from submitting until midnight (Asia/Shanghai) of the same day REVOCATION_BAR_YEARS later (a later bar already set is kept). The holder is notified (title.revoked). 400 naming `reason`; 404 for your own file; 409 INVALID_TRANSITION when the file is not approved (e.g. revoked already).
         */
        post: operations["RevocationController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminReviewsController_scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the file stands: every stage passed (date, who by role) and the stages ahead with the dates the cycle expects them by
         * @description The applicant sees their own file without who acted; handling admins see who. 404 for anyone else (assigned reviewers included).
         */
        get: operations["ApplicationTrackingController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/web/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebSessionController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/web/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebSessionController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/web/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebSessionController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/awaiting-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Files whose public notice closed cleanly, waiting for the bureau’s confirmation, oldest first (keyset); optionally of one cycle. Your own files are left out.
         * @description Empty for an officer who does not act for the bureau of the files’ host office.
         */
        get: operations["BureauController_awaiting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/confirmation-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The confirmation batches, newest first (keyset); empty for an officer of another bureau */
        get: operations["BureauController_list"];
        put?: never;
        /**
         * Confirm a batch of files with an approval document number (文号) and its date of issue
         * @description Each file becomes approved (confirm_title) and its certificate is issued, carrying the document number and the date of issue; the holders are told (application.approved). All or nothing, in one transaction. Idempotent: the same document number with the same files and date again answers 200 with the same batch (created: false). 400 VALIDATION_FAILED naming documentNumber, issuedOn (ISSUE_DATE_IN_FUTURE, ISSUE_DATE_BEFORE_PASS) or applicationIds; 404 APPLICATION_NOT_FOUND for unknown files, your own, and every file when you do not act for the bureau of the host office; 409 CONFIRMATION_FILE_NOT_AWAITING naming each file not awaiting confirmation (details.files; e.g. another officer confirmed it first), 409 CONFIRMATION_DOCUMENT_NUMBER_TAKEN when the number confirmed other files.
         */
        post: operations["BureauController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/confirmation-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One confirmation batch; 404 CONFIRMATION_BATCH_NOT_FOUND to an officer of another bureau */
        get: operations["BureauController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/confirmation-batches/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files a batch confirmed, with their certificates, by certificate number */
        get: operations["BureauController_files"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/confirmation-batches/{id}/filing.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The batch's filing export for the national title record as CSV (format version 1)
         * @description UTF-8 with BOM, CRLF, a header row; columns in this order: formatVersion, certificateNumber, holderName, identityType, identityNumber, gender, level, titleZh, titleEn, specialty, specialtyZh, cycleCode, cycleNameZh, evaluatingBodyZh, approvalDocumentNumber, issuedOn, obtainedOn, crossProvincial, crossProvincialNoteZh, referenceNumber, certificateStatus. Identity numbers in full: the bureau's officers only; every export is audited (confirmation_batch.filing_exported).
         */
        get: operations["BureauController_filingCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bureau/confirmation-batches/{id}/filing.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The batch's filing export for the national title record as a JSON document (formatVersion 1)
         * @description The same records as the CSV, with the batch. Identity numbers in full: the bureau’s officers only; every export is audited.
         */
        get: operations["BureauController_filingJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommitteesController_list"];
        put?: never;
        post: operations["CommitteesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommitteesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CommitteesController_update"];
        trace?: never;
    };
    "/api/v1/committees/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommitteesController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CyclesController_list"];
        put?: never;
        post: operations["CyclesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CyclesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CyclesController_update"];
        trace?: never;
    };
    "/api/v1/cycles/{id}/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AutoAssignController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/auto-assign/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AutoAssignController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CyclesController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/settings-schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CyclesController_settingsSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FormsController_list"];
        put?: never;
        post: operations["FormsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FormsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FormsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationPreferencesController_list"];
        put: operations["NotificationPreferencesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/verification-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_list"];
        put?: never;
        post: operations["MeetingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/ballot-papers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_takePaper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_ballot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/items/{applicationId}/close-voting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_closeItemVoting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/items/{applicationId}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_dossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/tallies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_tally"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InboxController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ObjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ObjectionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ObjectionsController_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ObjectionsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate by its verification code
         * @description Answers valid or revoked with the holder’s name, title, specialty, date obtained, date of issue and the bureau’s approval document number (null on certificates from before the confirmation), nothing else. 404 CERTIFICATE_NOT_FOUND for an unknown code. By code only: certificate numbers are sequential, so a lookup by number would let anyone list holders; the code (printed as the QR code beside the number) is unguessable.
         */
        get: operations["PublicCertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cycles whose submission window is open now, newest first
         * @description Each with its window, specialties and, per level, the education and experience routes, the achievement condition and the evidence to upload, worded in both languages from the cycle's own policy.
         */
        get: operations["PublicInformationController_openCycles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicNoticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/notices/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicNoticesController_lodge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/objections/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicObjectionsController_confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/office": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation office this portal runs for: its host province and the body that evaluates */
        get: operations["PublicInformationController_describeOffice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The regions the application form's employer region is chosen from: the provinces, and the host province's districts and counties
         * @description Each province as the 6-digit code the form stores for the whole province (PP0000) with its name in both languages; the host province also lists its districts and counties (GB/T 2260), whose codes match a designer to their district's design-service sub-centre. The same lists the form data and a sub-centre's district are checked against.
         */
        get: operations["PublicInformationController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviewers/me/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewerConflictsController_list"];
        put?: never;
        post: operations["ReviewerConflictsController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviewers/me/conflicts/{relationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ReviewerConflictsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_get"];
        put: operations["ReviewsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeclineReviewController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file of the caller's review, as a reviewer reads it
         * @description While the review holds its slot (assigned, draft, submitted) and the file is in review; 404 once the file has left review or the assignment ended (declined, withdrawn, superseded). No applicant user id, identity number, contact data or birth date.
         */
        get: operations["ReviewsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/file/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence of the caller's review's file, without identity documents (while the file is in review, as GET reviews/:id/file) */
        get: operations["ReviewsController_fileEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/file/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one evidence file of the caller's review's file (audited); an identity document answers 404 */
        get: operations["ReviewsController_downloadFileEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/file/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The eligibility report of the caller's review's file (while the file is in review, as GET reviews/:id/file) */
        get: operations["ReviewsController_fileEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminReviewsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Files with your units waiting for the recommendation, oldest submission first (keyset) */
        get: operations["UnitFilesController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of your unit, without the identity number, with its posting and decision */
        get: operations["UnitFilesController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence of a file addressed to your unit (any stage), without identity documents, oldest first; 404 for other units’ files and your own */
        get: operations["UnitFilesController_evidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one evidence file of a file addressed to your unit (read-only, audited as attachment.downloaded)
         * @description Always as an attachment, never rendered inline. 404 for other units’ files, your own, and identity documents.
         */
        get: operations["UnitFilesController_downloadEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline to recommend, with a reason: the file is rejected at the unit’s stage (the designer may appeal) */
        post: operations["UnitFilesController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}/posting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the internal posting: start, end, and (once it has ended) the outcome
         * @description The end is at least UNIT_POSTING_WORKING_DAYS working days after the start on the working-day calendar (400 POSTING_TOO_SHORT naming endDate; default: the shortest end). 422 CALENDAR_YEAR_UNCONFIRMED naming startDate when the end would fall in a year nobody confirmed; 422 POSTING_NOT_ENDED for an outcome before the end; 409 FILE_NOT_WITH_UNIT.
         */
        put: operations["UnitFilesController_posting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}/recommend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recommend the file to the office (after the posting ended and its outcome is recorded)
         * @description 422 POSTING_REQUIRED / POSTING_NOT_ENDED (with the end date) / POSTING_OUTCOME_REQUIRED; 409 INVALID_TRANSITION when someone decided first.
         */
        post: operations["UnitFilesController_recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit/files/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return the file to the designer with a reason and a correction deadline; the resubmission comes back to the unit */
        post: operations["UnitFilesController_returnFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no dependency is checked) */
        get: operations["HealthLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessTokenDto: {
            accessToken: string;
            /**
             * @description Access token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
        };
        AdminOrganisationDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Employers: the unified social credit code
             * @example 91500103PB3LWF6F87
             */
            creditCode?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer" | "sub_centre" | "association" | "office" | "bureau";
            /** @example Chongqing Example Industrial Design Co., Ltd. */
            nameEn: string;
            /** @example 重庆某工业设计有限公司 */
            nameZh: string;
            /** @description The people acting for it (unit officers; the bureau’s authority officers), in the order they were bound */
            officers: components["schemas"]["OrganisationOfficerDto"][];
            /**
             * @description The host province (GB/T 2260)
             * @example 50
             */
            province: string;
            /**
             * @description Sub-centres: the district or county they serve (GB/T 2260)
             * @example 500103
             */
            regionCode?: string | null;
        };
        AppealDto: {
            applicantName?: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @description The file’s status now */
            applicationStatus?: string | null;
            /**
             * Format: date-time
             * @description End of the appeal window of the decision appealed against
             */
            deadline: string;
            /** Format: date-time */
            decidedAt?: string | null;
            decisionNote?: string | null;
            grounds: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lodgedAt: string;
            /** @enum {string|null} */
            outcome?: "re_review" | "upheld" | null;
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            /** @enum {string} */
            status: "open" | "decided";
        };
        AppealPageDto: {
            items: components["schemas"]["AppealDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ApplicationDto: {
            /** Format: uuid */
            applicantId: string;
            applicantName?: string | null;
            /** Format: date-time */
            correctionDeadline?: string | null;
            /** Format: date-time */
            createdAt: string;
            crossProvincial: boolean;
            /** Format: uuid */
            cycleId: string;
            /** @description Form data. identity.documentNumber is full for the owner, masked (first and last 4) for others */
            data: Record<string, never>;
            /** Format: date-time */
            declarationAcceptedAt?: string | null;
            /** @example 5001**********4713 */
            documentNumberMasked?: string | null;
            /** @description Eligibility result at submission */
            eligibility?: Record<string, never> | null;
            employerName?: string | null;
            exceptionalRoute: boolean;
            /** Format: uuid */
            formVersionId: string;
            homeProvince?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /**
             * Format: date-time
             * @description When the recommending unit recommended the file
             */
            recommendedAt?: string | null;
            /**
             * Format: uuid
             * @description The recommending unit (organisation) named at submission
             */
            recommendingUnitId?: string | null;
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            requiresAdminConfirmation: boolean;
            /**
             * @description A returned file: who returned it (a resubmission goes back there)
             * @enum {string|null}
             */
            returnedBy?: "unit" | "office" | null;
            /**
             * @description Admins listing files: the review aggregate once the review is complete
             * @example 86.33
             */
            reviewScore?: string | null;
            specialty: string;
            /** @enum {string} */
            status: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
            statusReason?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ApplicationExportDto: {
            /** @description Once failed: EXPORT_WRITE_FAILED */
            errorCode: string | null;
            /** @description Done, and its file is past EXPORT_RETENTION_HOURS: the download answers 410 */
            expired: boolean;
            /**
             * Format: date-time
             * @description Once done: when the file is removed
             */
            expiresAt: string | null;
            /** @description The name the download carries */
            fileName: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            /** Format: date-time */
            requestedAt: string;
            /** @description Rows written, once done */
            rowCount: number | null;
            /** @description Size of the file in bytes, once done */
            sizeBytes: number | null;
            /** Format: date-time */
            startedAt: string | null;
            /**
             * @description queued, running, then done (download it) or failed (request another)
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
        };
        ApplicationExportListDto: {
            items: components["schemas"]["ApplicationExportDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationSummaryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ApplicationScoresDto: {
            /**
             * @description Set when the review completed: the average of the totals, highest and lowest dropped from 5 on, rounded half up to 2 decimals
             * @example 71.92
             */
            aggregate: string | null;
            /** Format: uuid */
            applicationId: string;
            applicationStatus: string;
            /** Format: date-time */
            completedAt: string | null;
            /** @description Every active review (assigned, draft, submitted), oldest assignment first */
            reviews: components["schemas"]["ReviewerScoresDto"][];
            /** @description max - min of the totals */
            spread: string | null;
            /** @description Totals more than 30 points apart */
            spreadFlag: boolean | null;
        };
        ApplicationSummaryDto: {
            /** Format: uuid */
            applicantId: string;
            applicantName?: string | null;
            /** Format: date-time */
            createdAt: string;
            crossProvincial: boolean;
            /** Format: uuid */
            cycleId: string;
            employerName?: string | null;
            exceptionalRoute: boolean;
            homeProvince?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            /**
             * @description Admins listing files: the review aggregate once the review is complete
             * @example 86.33
             */
            reviewScore?: string | null;
            specialty: string;
            /** @enum {string} */
            status: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AssignmentDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reviewerId: string;
            /** @example assigned */
            status: string;
        };
        AssignmentListDto: {
            items: components["schemas"]["AssignmentDto"][];
        };
        AssignReviewersDto: {
            /** @description Reviewers (users with a profile in the expert pool) */
            reviewerIds: string[];
        };
        AttachmentDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "identity_document" | "degree_certificate" | "title_certificate" | "employer_recommendation" | "employer_internal_notice" | "portfolio" | "continuing_education_proof" | "entrustment_letter" | "expert_recommendation" | "appeal_evidence";
            /**
             * @description Detected from the content
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * @description The cleaned name given at upload
             * @example 学位证书.pdf
             */
            originalName: string;
            /**
             * @description Hex SHA-256 of the stored bytes
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
            /** @example 183422 */
            sizeBytes: number;
            /** Format: uuid */
            uploadedBy: string;
        };
        AttachmentLimitsDto: {
            /**
             * @example [
             *       "application/pdf",
             *       "image/jpeg",
             *       "image/png"
             *     ]
             */
            acceptedMediaTypes: string[];
            /** @example 20971520 */
            maxFileBytes: number;
            /** @example 209715200 */
            maxTotalBytes: number;
        };
        AttachmentListDto: {
            /** @description Oldest first */
            items: components["schemas"]["AttachmentDto"][];
            /** @description The cycle's upload limits */
            limits: components["schemas"]["AttachmentLimitsDto"];
            /** @description Bytes used by all files of the application */
            totalBytes: number;
        };
        AttendanceDto: {
            /** Format: uuid */
            memberId: string;
            present: boolean;
        };
        AuditEntryDto: {
            /** @example application.accepted */
            action: string;
            /**
             * Format: uuid
             * @description Who acted; null for the portal itself or the public (see ip)
             */
            actorId: string | null;
            /** Format: date-time */
            at: string;
            /** @description What changed (before/after of the changed fields, personal data masked) and the facts of the action */
            data: Record<string, never>;
            entityId: string;
            /** @example application */
            entityType: string;
            /** @description SHA-256 of this entry */
            hash: string;
            /** @description Row id */
            id: string;
            ip: string | null;
            /** @description SHA-256 of the previous entry (64 zeros for the first) */
            prevHash: string;
            /** @description Position in the hash chain (commit order); the lists are newest first by it */
            seq: number;
            userAgent: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        AutoAssignRunDto: {
            /** Format: uuid */
            cycleId: string;
            /** @description Once failed */
            error: components["schemas"]["RunErrorDto"] | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /**
             * @description queued, running, then done (summary) or failed (error)
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /** @description Once done */
            summary: components["schemas"]["AutoAssignSummaryDto"] | null;
        };
        AutoAssignSummaryDto: {
            /** @description Assignments this run made (0 when run again) */
            assigned: number;
            /** Format: uuid */
            cycleId: string;
            /** @description in_review files of the cycle */
            files: number;
            /** @description Of those, files that lacked reviewers before the run */
            filesLacking: number;
            /** @description Files left short, each with the reason */
            shortfalls: components["schemas"]["ShortfallDto"][];
        };
        AwaitingConfirmationFileDto: {
            applicantName: string | null;
            /**
             * Format: date-time
             * @description When its public notice closed
             */
            awaitingSince: string | null;
            /**
             * Format: date-time
             * @description When the committee passed it (the date obtained)
             */
            committeePassedAt: string | null;
            crossProvincial: boolean;
            /** @example 2026-ID */
            cycleCode: string;
            /** Format: uuid */
            cycleId: string;
            cycleName: components["schemas"]["LocalizedTextDto"];
            employerName: string | null;
            /** Format: uuid */
            id: string;
            /** @example intermediate */
            level: string;
            /** @example 2026-ID-INT-000123 */
            referenceNumber: string | null;
            /** @example product_design */
            specialty: string;
        };
        AwaitingConfirmationPageDto: {
            items: components["schemas"]["AwaitingConfirmationFileDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        AwaitingQualificationDto: {
            /** @description Submitted files not yet accepted, returned or rejected */
            count: number;
            /** @description Whole days the oldest has waited */
            oldestDays: number | null;
            /**
             * Format: date-time
             * @description The oldest submission among them
             */
            oldestSubmittedAt: string | null;
        };
        BallotPaperDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description The ballot paper: cast it once with POST /meetings/{id}/ballots. Stored nowhere, so this answer is its only copy; it names no member */
            ballotToken: string;
            /** Format: uuid */
            meetingId: string;
        };
        BallotReceiptDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            meetingId: string;
            /**
             * @description The ballot was taken. The choice is never echoed back
             * @enum {boolean}
             */
            voted: true;
        };
        BatchFileDto: {
            /** Format: uuid */
            applicationId: string;
            certificateNumber: string;
            /** @enum {string} */
            certificateStatus: "valid" | "revoked";
            crossProvincial: boolean;
            holderName: string;
            /** Format: date */
            issuedOn: string;
            level: string;
            /** Format: date */
            obtainedOn: string;
            /** @example 2026-ID-INT-000123 */
            referenceNumber: string;
            specialty: string;
        };
        CalendarDayDto: {
            /** Format: date */
            date: string;
            /** @example 春节 Spring Festival */
            name: string | null;
        };
        CalendarYearDto: {
            /** @description Only a confirmed year can be used for notice periods */
            confirmed: boolean;
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: uuid */
            confirmedBy: string | null;
            /** @description Public holidays (off, weekdays or not) */
            holidays: components["schemas"]["CalendarDayDto"][];
            /**
             * @description Host province (GB/T 2260)
             * @example 50
             */
            region: string;
            /**
             * @description `admin`, or the seed’s source
             * @example seed:chinese-days@1.5.7
             */
            source: string | null;
            /** @description Make-up working days (调休, on even on a weekend) */
            workdays: components["schemas"]["CalendarDayDto"][];
            /** @example 2026 */
            year: number;
        };
        CastBallotDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description A ballot paper taken earlier (POST /meetings/{id}/ballot-papers, or the details of a 503 BALLOT_NOT_RECORDED). Without it, the paper is taken and cast in this one call */
            ballotToken?: string;
            /** @enum {string} */
            vote: "yes" | "no" | "abstain";
        };
        CertificateDetailsDto: {
            /**
             * @description The bureau’s approval document number (文号); null for certificates issued before the bureau’s confirmation existed
             * @example 渝人社职〔2026〕15号
             */
            approvalDocumentNumber: string | null;
            /**
             * Format: date-time
             * @description Revoked: until when the holder may not apply (null when no bar runs)
             */
            barredUntil: string | null;
            /**
             * Format: date
             * @description Date of issue: the date of the bureau’s approval document (certificates from before the confirmation: the day the notice closed)
             */
            issuedOn: string;
            /** @example 2026-50-INT-00001 */
            number: string;
            /**
             * Format: date
             * @description Date obtained: the day the committee passed the file
             */
            obtainedOn: string;
            revocationReason: string | null;
            /** Format: date */
            revokedOn: string | null;
            /** @enum {string} */
            status: "valid" | "revoked";
            /** @description The code printed under the QR code (anyone holding it can verify the certificate) */
            verificationCode: string;
            /** @description The public verification page the QR code opens */
            verificationUrl: string;
        };
        CertificateVerificationDto: {
            /**
             * @description The bureau’s approval document number (文号); null for certificates issued before the bureau’s confirmation existed
             * @example 渝人社职〔2026〕15号
             */
            approvalDocumentNumber: string | null;
            /** @example 王䶮 */
            holderName: string;
            /**
             * Format: date
             * @description Date of issue: the date of the bureau’s approval document (certificates from before the confirmation: the day the notice closed)
             * @example 2026-07-20
             */
            issuedOn: string;
            /**
             * Format: date
             * @description Date obtained: the day the committee passed the file
             * @example 2026-06-30
             */
            obtainedOn: string;
            specialty: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            status: "valid" | "revoked";
            /** @description The title granted */
            title: components["schemas"]["LocalizedTextDto"];
        };
        ChainBreakDto: {
            actual: string | null;
            expected: string | null;
            /** @description Row id of the first entry that does not fit */
            id: string;
            /**
             * @description SEQUENCE_GAP: not the position after the previous entry (an entry removed); PREV_HASH_MISMATCH: does not name the previous entry’s hash; HASH_MISMATCH: its content changed; UNCHAINED: outside the chain
             * @enum {string}
             */
            problem: "SEQUENCE_GAP" | "PREV_HASH_MISMATCH" | "HASH_MISMATCH" | "UNCHAINED";
            /** @description Its chain position (null: it has none) */
            seq: string | null;
        };
        ChainHeadDto: {
            hash: string;
            /** @description Chain position (bigint as a string) */
            seq: string;
        };
        ChainVerificationDto: {
            /** @description Entries checked */
            checked: number;
            /** @description The signed checkpoints (AUDIT_CHECKPOINT_DIR) checked against the chain */
            checkpoints: components["schemas"]["CheckpointsVerificationDto"];
            firstBroken: components["schemas"]["ChainBreakDto"] | null;
            /** @description The last entry of the valid part of the chain */
            head: components["schemas"]["ChainHeadDto"] | null;
            /** @description The chain is intact and agrees with every signed checkpoint */
            valid: boolean;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CheckpointDto: {
            /** @description Entries in the chain when it was signed (bigint as a string) */
            count: string;
            /** @description That entry’s hash */
            hash: string;
            /** @description Chain position of the entry the checkpoint names (bigint as a string) */
            seq: string;
            /** @description When the worker signed it */
            signedAt: string;
        };
        CheckpointProblemDto: {
            actual: string | null;
            expected: string | null;
            /** @description The checkpoint file */
            file: string;
            /**
             * @description UNREADABLE: not a checkpoint; SIGNATURE_INVALID: forged or changed; NO_KEY: no AUDIT_SIGNING_KEY to check it with; ENTRY_CHANGED: the entry it names now has another hash; CHAIN_TRUNCATED: the chain ends before it
             * @enum {string}
             */
            problem: "UNREADABLE" | "SIGNATURE_INVALID" | "NO_KEY" | "ENTRY_CHANGED" | "CHAIN_TRUNCATED";
            /** @description The position it names (null: unreadable) */
            seq: string | null;
        };
        CheckpointsVerificationDto: {
            /** @description Checkpoint files found */
            checked: number;
            /** @description The newest checkpoint with a valid signature */
            newest: components["schemas"]["CheckpointDto"] | null;
            problems: components["schemas"]["CheckpointProblemDto"][];
        };
        CloseItemVotingDto: {
            /** @example Member 7 left the meeting before this item; the committee agreed to close the vote */
            reason: string;
        };
        CommitteeCandidateDto: {
            fullName: string;
            /** @example 500000 */
            homeProvince: string;
            /** @enum {string} */
            maxLevel: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            specialties: string[];
            /** Format: uuid */
            userId: string;
        };
        CommitteeCandidatePageDto: {
            items: components["schemas"]["CommitteeCandidateDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        CommitteeDto: {
            /** Format: uuid */
            chairId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            levels: ("assistant" | "intermediate" | "associate_senior" | "full_senior")[];
            memberCount: number;
            memberIds: string[];
            /** @description The members by name, in memberIds order */
            members?: components["schemas"]["CommitteeMemberDto"][];
            minimumSize: number;
            nameEn: string;
            nameZh: string;
            /** @enum {string} */
            organisedBy: "series" | "specialty";
            specialties: string[];
            /** Format: date */
            termEnd: string;
            /** Format: date */
            termStart: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CommitteeMemberDto: {
            fullName: string | null;
            /** Format: uuid */
            id: string;
        };
        CommitteePageDto: {
            items: components["schemas"]["CommitteeDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
            /** @description The configured sizes, quorum and term, for a form that checks them as typed */
            rules: components["schemas"]["CommitteeRulesDto"];
        };
        CommitteeRulesDto: {
            /**
             * @description A term lasts at most this many years
             * @example 3
             */
            maxTermYears: number;
            /** @description COMMITTEE_MIN_SIZE_SERIES: the smallest committee organised by series */
            minimumSizeSeries: number;
            /** @description COMMITTEE_MIN_SIZE_SPECIALTY: the smallest committee organised by specialty */
            minimumSizeSpecialty: number;
            /** @example 3 */
            quorumDenominator: number;
            /**
             * @description COMMITTEE_QUORUM numerator: members present needed to open, as a share of the members
             * @example 2
             */
            quorumNumerator: number;
        };
        ConfirmationBatchDto: {
            /** Format: date-time */
            confirmedAt: string;
            /**
             * Format: uuid
             * @description The officer who confirmed it
             */
            confirmedBy: string;
            /** @example 渝人社职〔2026〕15号 */
            documentNumber: string;
            fileCount: number;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
        };
        ConfirmationBatchPageDto: {
            items: components["schemas"]["ConfirmationBatchDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ConfirmationResultDto: {
            batch: components["schemas"]["ConfirmationBatchDto"];
            /** @description false: an identical earlier request already made this batch (nothing changed now) */
            created: boolean;
        };
        ConfirmBatchDto: {
            /** @description The files confirmed, 1 to 200, each awaiting confirmation */
            applicationIds: string[];
            /**
             * @description The approval document number (文号): trimmed, 1 to 64 characters, no control characters. It identifies the batch: the same number with the same files and date again answers the same batch.
             * @example 渝人社职〔2026〕15号
             */
            documentNumber: string;
            /**
             * Format: date
             * @description The approval document’s date of issue (YYYY-MM-DD): not after today (Beijing), not before the committee passed any of the files. Printed on the certificates as their date of issue.
             * @example 2026-12-01
             */
            issuedOn: string;
        };
        ConfirmObjectionEmailDto: {
            /** @description The token of the confirmation link mailed to the objector */
            token: string;
        };
        ConflictAccountDto: {
            email: string;
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "disabled";
        };
        CorrectIdentityDto: {
            /**
             * @description The person's identity document number to bind to the account, or null to release the binding (the next submission binds afresh). Stored only as its keyed blind index; answered masked.
             * @example 500103198805124713
             */
            documentNumber: string | null;
            /**
             * @description Why; kept in the audit log
             * @example The applicant mistyped the number at the first submission (checked against the ID card on 2026-12-01)
             */
            reason: string;
        };
        CreateApplicationDto: {
            /** Format: uuid */
            cycleId: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @example product_design */
            specialty: string;
        };
        CreateCommitteeDto: {
            /**
             * Format: uuid
             * @description One of memberIds
             */
            chairId: string;
            /** @description The levels whose files it decides */
            levels: ("assistant" | "intermediate" | "associate_senior" | "full_senior")[];
            /** @description Reviewers of the expert pool; an odd number, at least minimumSize */
            memberIds: string[];
            /** @description Default and floor: COMMITTEE_MIN_SIZE_SERIES / COMMITTEE_MIN_SIZE_SPECIALTY for its organisation */
            minimumSize?: number;
            /** @example Chongqing Senior Title Evaluation Committee for Industrial Design */
            nameEn: string;
            /** @example 重庆市工业设计专业高级职称评审委员会 */
            nameZh: string;
            /**
             * @description series: a senior committee for a whole series (default minimum 25 members); specialty: by specialty (default minimum 11)
             * @enum {string}
             */
            organisedBy: "series" | "specialty";
            /**
             * @description The specialty keys whose files it decides
             * @example [
             *       "product_design"
             *     ]
             */
            specialties: string[];
            /**
             * Format: date
             * @description The last day of the term; at most 3 years after termStart
             * @example 2028-12-31
             */
            termEnd: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            termStart: string;
        };
        CreateCycleDto: {
            /**
             * Format: date-time
             * @example 2026-04-30T23:59:59+08:00
             */
            closesAt: string;
            /**
             * @description Prefix of reference numbers
             * @example 2026-ID
             */
            code: string;
            /** @description Eligibility policy (domain.md §6 as data; checked against GET cycles/settings-schemas `eligibilityPolicy`); the default table when omitted */
            eligibilityPolicy?: {
                [key: string]: unknown;
            };
            evidenceRules?: components["schemas"]["EvidenceLimitsDto"];
            /**
             * @description Published form version id per accepted level
             * @example {
             *       "intermediate": "2f0c6a3e-4b1d-4c8e-9a7f-1d2e3f4a5b6c"
             *     }
             */
            formVersions: {
                [key: string]: string;
            };
            levels: ("assistant" | "intermediate" | "associate_senior" | "full_senior")[];
            /** Format: date */
            meetingDate?: string | null;
            /** @example 2026 Industrial Design Title Evaluation */
            nameEn: string;
            /** @example 2026年度工业设计专业职称评审 */
            nameZh: string;
            /**
             * Format: date-time
             * @example 2026-03-01T00:00:00+08:00
             */
            opensAt: string;
            /** Format: date */
            reviewDeadline?: string | null;
            /** @description The cycle's own rubric (checked against GET cycles/settings-schemas `rubric`); its version becomes rubricVersion. Omitted or null: the built-in rubric rubricVersion names */
            rubric?: components["schemas"]["RubricDto"] | null;
            /** @example default-2026 */
            rubricVersion?: string | null;
            /**
             * @example [
             *       "product_design",
             *       "experience_design",
             *       "visual_communication"
             *     ]
             */
            specialties: string[];
        };
        CreateFormVersionDto: {
            /**
             * @description The form across its versions
             * @example default-intermediate
             */
            formKey: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @description JSON Schema draft 2020-12 of the form data; must keep the core sections (domain.md §5) */
            schema: {
                [key: string]: unknown;
            };
            titleEn: string;
            titleZh: string;
            /** @description Sections, order, labels and help in zh-CN and en */
            uiHints: components["schemas"]["UiHintsDto"];
        };
        CreateOrganisationDto: {
            /** @description employer: required, valid and unique (400 CREDIT_CODE_*, 409 ORGANISATION_EXISTS) */
            creditCode?: string | null;
            /**
             * @description Admins register employers and district sub-centres; the host province’s association, office and bureau are seeded (409 for a second one)
             * @enum {string}
             */
            kind: "employer" | "sub_centre";
            /**
             * @description Default: the Chinese name
             * @example Chongqing Example Industrial Design Co., Ltd.
             */
            nameEn?: string;
            /** @example 重庆某工业设计有限公司 */
            nameZh: string;
            /** @description sub_centre: required, a district or county of the host province, one sub-centre each (409 ORGANISATION_EXISTS) */
            regionCode?: string | null;
        };
        CrossProvincialDto: {
            count: number;
            /** @description Of the submitted files */
            share: number | null;
        };
        CycleDto: {
            /** Format: date-time */
            closesAt: string;
            code: string;
            eligibilityPolicy: {
                [key: string]: unknown;
            };
            evidenceRules: {
                [key: string]: unknown;
            };
            /** @description Published form version id per accepted level */
            formVersions: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            levels: ("assistant" | "intermediate" | "associate_senior" | "full_senior")[];
            meetingDate?: string | null;
            nameEn: string;
            nameZh: string;
            /** @description Whether the submission window is open now */
            open: boolean;
            /** Format: date-time */
            opensAt: string;
            /** @description Whether the cycle stores a rubric of its own (false: rubric is a built-in one) */
            ownRubric: boolean;
            reviewDeadline?: string | null;
            /** @description The rubric the cycle's reviews score with: its own, else the built-in one rubricVersion names (null: a version nobody defined) */
            rubric: components["schemas"]["RubricDto"] | null;
            rubricVersion?: string | null;
            specialties: string[];
            /** @description The specialties again, in the same order, each with its label */
            specialtyLabels: components["schemas"]["SpecialtyDto"][];
            version: number;
        };
        CyclePageDto: {
            items: components["schemas"]["CycleDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        CycleSettingSchemaDto: {
            /** @description The value a cycle gets when none is sent */
            default: {
                [key: string]: unknown;
            };
            /** @description JSON Schema (2020-12 compatible); the very object the API validates with */
            schema: {
                [key: string]: unknown;
            };
        };
        CycleSettingsSchemasDto: {
            eligibilityPolicy: components["schemas"]["CycleSettingSchemaDto"];
            evidenceRules: components["schemas"]["CycleSettingSchemaDto"];
            rubric: components["schemas"]["CycleSettingSchemaDto"];
        };
        CycleStatsDto: {
            /**
             * @description Submitted files by GB/T 2260 province of the employer
             * @example {
             *       "44": 12,
             *       "50": 80
             *     }
             */
            byHomeProvince: {
                [key: string]: number;
            };
            /** @description Submitted files by level */
            byLevel: {
                [key: string]: number;
            };
            /** @description Submitted files by specialty */
            bySpecialty: {
                [key: string]: number;
            };
            /**
             * @description Every file by status (drafts included)
             * @example {
             *       "submitted": 120,
             *       "in_review": 40
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            crossProvincial: components["schemas"]["CrossProvincialDto"];
            /** Format: uuid */
            cycleId: string;
            /** @description Files submitted at least once */
            filed: number;
            /** Format: date-time */
            generatedAt: string;
            overdue: components["schemas"]["OverdueDto"];
            passRates: components["schemas"]["PassRatesDto"];
            reviewerWorkload: components["schemas"]["ReviewerWorkloadDto"][];
            stageDurations: components["schemas"]["StageDurationDto"][];
            /** @description First submissions per Asia/Shanghai day */
            submissionsPerDay: components["schemas"]["DayCountDto"][];
            /** @description Every file of the cycle, drafts included */
            total: number;
        };
        DashboardWaitingDto: {
            awaitingQualification: components["schemas"]["AwaitingQualificationDto"];
            /** @description Cycle: returned files past their correction deadline */
            correctionsOverdue: number;
            /** Format: uuid */
            cycleId: string;
            /** @description All cycles: failed deliveries and events never settled (the failed notifications list) */
            failedNotifications: number;
            /** Format: date-time */
            generatedAt: string;
            /** @description Cycle: files in review with fewer active reviewers than their level needs */
            incompletePanels: number;
            /** @description Cycle: meetings opened and not yet closed */
            meetingsToClose: number;
            /** @description All cycles: open notices whose end date is this week or already passed (held by an objection) */
            noticesEndingThisWeek: number;
            /** @description All cycles: objections confirmed and not resolved */
            openObjections: number;
            /** @description All cycles: appeals not yet decided */
            pendingAppeals: number;
            /** @description Cycle: reviewed files on no undecided agenda */
            reviewedNotOnAgenda: number;
            /** @description Cycle: files with a review open past its deadline */
            reviewsOverdue: number;
            /**
             * Format: date
             * @description Last day (Asia/Shanghai) of "this week": today and the six days after
             * @example 2026-06-07
             */
            weekEnds: string;
        };
        DayCountDto: {
            count: number;
            /**
             * @description Asia/Shanghai calendar day
             * @example 2026-05-31
             */
            date: string;
        };
        DecideAppealDto: {
            /**
             * @description The reason, told to the applicant
             * @example The award is genuine and was not considered; the file is reviewed again.
             */
            note: string;
            /**
             * @description re_review: back to expert review (in_review) with its panel closed, new reviewers to assign; upheld: the rejection stands
             * @enum {string}
             */
            outcome: "re_review" | "upheld";
        };
        DeclaredRelationDto: {
            /** Format: date-time */
            createdAt: string;
            employerCreditCode?: string | null;
            employerName?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "teacher_student" | "coworker_3y" | "relative" | "coauthor" | "other";
            note: string;
            /** @enum {string} */
            partyType: "user" | "person" | "employer";
            personName?: string | null;
            /**
             * Format: uuid
             * @description Who recorded it: the reviewer or an admin
             */
            recordedBy: string;
            /** Format: uuid */
            reviewerId: string;
            /** Format: uuid */
            userId?: string | null;
        };
        DeclaredRelationPageDto: {
            items: components["schemas"]["DeclaredRelationDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        DeclareRelationDto: {
            /**
             * @description partyType employer: its unified social credit code
             * @example 91500103PB3LWF6F87
             */
            employerCreditCode?: string;
            /** @description partyType employer: its name (this or the credit code, or both) */
            employerName?: string;
            /** @enum {string} */
            kind: "teacher_student" | "coworker_3y" | "relative" | "coauthor" | "other";
            /** @example Supervised their master thesis 2015-2018 */
            note: string;
            /** @enum {string} */
            partyType: "user" | "person" | "employer";
            /**
             * @description partyType person: their name as they write it
             * @example 张三
             */
            personName?: string;
            /**
             * Format: uuid
             * @description partyType user: the other person's account
             */
            userId?: string;
        };
        DeclinedDto: {
            /**
             * Format: uuid
             * @description The declared relation recorded for a conflict
             */
            relationId: string | null;
        };
        DeclineReviewDto: {
            note?: string;
            /**
             * @description conflict: also recorded as a declared relation with the applicant
             * @enum {string}
             */
            reason: "conflict" | "unavailable";
        };
        DistrictDto: {
            /**
             * @description The 6-digit region code the form stores for the district or county
             * @example 500106
             */
            code: string;
            /** @enum {string} */
            kind: "district" | "county";
            /**
             * @example {
             *       "zh-CN": "沙坪坝区",
             *       "en": "Shapingba District"
             *     }
             */
            name: components["schemas"]["LocalizedTextDto"];
        };
        DossierEligibilityDto: {
            eligible: boolean;
            exceptionalRoute: boolean;
            requiresAdminConfirmation: boolean;
            results: components["schemas"]["DossierRuleResultDto"][];
        };
        DossierEvidenceDto: {
            /** Format: uuid */
            id: string;
            /** @example achievement_proof */
            kind: string;
            /** @example application/pdf */
            mediaType: string;
            originalName: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        DossierPanelDto: {
            /**
             * @description The panel's aggregate (with 5 or more totals, highest and lowest dropped)
             * @example 82.50
             */
            aggregate: string;
            reviewCount: number;
            /**
             * @description Highest total minus lowest
             * @example 12.00
             */
            spread: string;
            /** @description The totals spread by more than 30 points */
            spreadFlag: boolean;
        };
        DossierReviewDto: {
            comment: string | null;
            /** @enum {string|null} */
            recommendation: "pass" | "fail" | null;
            /** @example 85.00 */
            total: string | null;
        };
        DossierRuleResultDto: {
            /** @example ELIG_EDUCATION_YEARS */
            code: string;
            explanation: components["schemas"]["LocalizedTextDto"];
            found: components["schemas"]["LocalizedTextDto"];
            passed: boolean;
            required: components["schemas"]["LocalizedTextDto"];
        };
        EligibilityDto: {
            /**
             * Format: date
             * @description Years are counted up to the window close date
             */
            countUntil: string;
            crossProvincial: boolean;
            eligible: boolean;
            /** @description Evidence kinds required and those still missing */
            evidence: Record<string, never>;
            exceptionalRoute: boolean;
            homeProvince?: string | null;
            requiresAdminConfirmation: boolean;
            results: components["schemas"]["RuleResultDto"][];
        };
        ErrorBodyDto: {
            /**
             * @description Stable machine-readable code
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description Per-field problems for validation errors, or code-specific data */
            details?: components["schemas"]["FieldProblemDto"][];
            /** @example Bad Request */
            error: string;
            /** @example Invalid fields: email */
            message: string;
            /** @example f3b0c442-98fc-4c14-8b3d-55c8e2f1a0aa */
            requestId: string;
            /** @example 400 */
            statusCode: number;
        };
        EvidenceItemDto: {
            /** Format: uuid */
            id: string;
            /** @example employer_notice */
            kind: string;
            /** @example application/pdf */
            mediaType: string;
            originalName: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        EvidenceLimitsDto: {
            /**
             * @description Media types accepted, recognised by content
             * @example [
             *       "application/pdf",
             *       "image/jpeg",
             *       "image/png"
             *     ]
             */
            acceptedMediaTypes?: string[];
            crossProvincial?: Record<string, never>[];
            exceptional?: Record<string, never>[];
            /**
             * @description Largest accepted file, bytes (default 20 MB)
             * @example 20971520
             */
            maxFileBytes?: number;
            /**
             * @description Largest total per application, bytes (default 200 MB)
             * @example 209715200
             */
            maxTotalBytes?: number;
            /** @description Required kinds per level, cross-provincial and exceptional extras (see domain defaults) */
            required?: Record<string, never>;
        };
        EvidenceRequirementDto: {
            /** @enum {string} */
            kind: "identity_document" | "degree_certificate" | "title_certificate" | "employer_recommendation" | "employer_internal_notice" | "portfolio" | "continuing_education_proof" | "entrustment_letter" | "expert_recommendation" | "appeal_evidence";
            /** @example 1 */
            minCount: number;
            /**
             * @description 'if_current_title': only when the applicant states a current title
             * @enum {string}
             */
            when: "always" | "if_current_title";
        };
        FailedDeliveryDto: {
            /**
             * @description Recorded send attempts; null for an event item
             * @example 1
             */
            attempts: number | null;
            /**
             * @description null for an event item (all its channels)
             * @enum {string|null}
             */
            channel: "email" | "inbox" | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The outbox event the delivery belongs to
             * @example 1234
             */
            eventId: string;
            /**
             * Format: uuid
             * @description Id for POST /admin/notifications/{id}/retry: the delivery id, or the event UUID of an event item
             */
            id: string;
            /**
             * @description 'delivery': one (event, recipient, channel) that failed for good (permanent SMTP error or retries exhausted). 'event': an event whose delivery job ended without finishing it (attempts exhausted before anything was recorded, e.g. while the database was down; undeliverable; or lost with the queue); a retry sends whatever of it was not sent
             * @enum {string}
             */
            kind: "delivery" | "event";
            /** @example SMTP 550: Mailbox unavailable */
            lastError: string | null;
            /**
             * @description The address, masked (the account id is in userId); null for an event item (all its recipients)
             * @example zh***@example.com
             */
            recipient: string | null;
            /** @enum {string} */
            type: "account.verify_email" | "account.invitation" | "account.password_reset" | "account.already_registered" | "application.submitted" | "application.returned" | "application.accepted" | "application.rejected" | "application.withdrawn" | "application.returned_by_unit" | "application.recommended" | "unit.file_received" | "unit.file_decided" | "unit.reminder" | "application.draft_reminder" | "review.assigned" | "review.assigned_digest" | "review.reminder" | "review.overdue" | "committee.meeting_scheduled" | "application.public_notice" | "objection.received" | "objection.confirm_email" | "objection.acknowledged" | "application.awaiting_confirmation" | "application.approved" | "appeal.decided" | "appeal.lodged" | "title.revoked";
            /**
             * Format: date-time
             * @description When it last failed; for an event item, when it was last handed to the queue
             */
            updatedAt: string;
            /** Format: uuid */
            userId: string | null;
        };
        FailedDeliveryPageDto: {
            items: components["schemas"]["FailedDeliveryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        FieldProblemDto: {
            /** @example FIELD_IS_EMAIL */
            code: string;
            /** @example email must be an email */
            message: string;
            /** @example email */
            path: string;
        };
        FilingBatchDto: {
            /** Format: date-time */
            confirmedAt: string;
            documentNumber: string;
            fileCount: number;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
        };
        FilingDocumentDto: {
            batch: components["schemas"]["FilingBatchDto"];
            /**
             * @description The format's version; the records' fields: formatVersion, certificateNumber, holderName, identityType, identityNumber, gender, level, titleZh, titleEn, specialty, specialtyZh, cycleCode, cycleNameZh, evaluatingBodyZh, approvalDocumentNumber, issuedOn, obtainedOn, crossProvincial, crossProvincialNoteZh, referenceNumber, certificateStatus
             * @example 1
             */
            formatVersion: string;
            /** Format: date-time */
            generatedAt: string;
            /** @example design-title-portal.filing */
            kind: string;
            records: components["schemas"]["FilingRecordDto"][];
        };
        FilingRecordDto: {
            approvalDocumentNumber: string;
            certificateNumber: string;
            /** @enum {string} */
            certificateStatus: "valid" | "revoked";
            crossProvincial: boolean;
            crossProvincialNoteZh: string | null;
            cycleCode: string;
            cycleNameZh: string;
            evaluatingBodyZh: string;
            /** @example 1 */
            formatVersion: string;
            /** @enum {string|null} */
            gender: "male" | "female" | null;
            holderName: string;
            /** @description In full (only in this export) */
            identityNumber: string | null;
            /** @enum {string|null} */
            identityType: "resident_id" | "passport" | "other" | null;
            /** Format: date */
            issuedOn: string;
            level: string;
            /** Format: date */
            obtainedOn: string;
            referenceNumber: string;
            specialty: string;
            specialtyZh: string;
            titleEn: string;
            titleZh: string;
        };
        ForgotPasswordDto: {
            /** @example designer@example.com */
            email: string;
        };
        FormVersionDto: {
            /** Format: date-time */
            createdAt: string;
            formKey: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            publishedAt?: string | null;
            /** @description JSON Schema draft 2020-12 */
            schema: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "draft" | "published";
            titleEn: string;
            titleZh: string;
            uiHints: components["schemas"]["UiHintsDto"];
            version: number;
        };
        FormVersionPageDto: {
            items: components["schemas"]["FormVersionSummaryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        FormVersionSummaryDto: {
            /** Format: date-time */
            createdAt: string;
            formKey: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            publishedAt?: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            titleEn: string;
            titleZh: string;
            version: number;
        };
        HistoryEntryDto: {
            action: string;
            /**
             * Format: uuid
             * @description Who took it: handling admins only; always null in the owner’s and a reviewer’s view
             */
            actorId: string | null;
            /**
             * @description Who took the step, by role (unit: the recommending unit; system: the portal itself)
             * @enum {string}
             */
            actorRole: "applicant" | "unit" | "admin" | "system";
            /** Format: date-time */
            at: string;
            fromStatus?: string | null;
            reason?: string | null;
            toStatus: string;
        };
        IdentityBindingDto: {
            /**
             * @description The number just bound, masked; null when released
             * @example 5001**********4713
             */
            documentNumberMasked: string | null;
            /** @description Whether an identity number is bound to the account */
            identityBound: boolean;
            /** Format: date-time */
            identityBoundAt: string | null;
            /** Format: uuid */
            userId: string;
        };
        IdentityConflictDto: {
            /**
             * Format: uuid
             * @description The file of the last refused submission
             */
            applicationId: string | null;
            /** @description Refused submissions of this pair so far */
            attempts: number;
            /** @description The account the number is bound to */
            boundAccount: components["schemas"]["ConflictAccountDto"];
            /** Format: date-time */
            firstAttemptAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string;
            /** @description The account whose submission was refused */
            refusedAccount: components["schemas"]["ConflictAccountDto"];
        };
        IdentityConflictPageDto: {
            items: components["schemas"]["IdentityConflictDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        InviteOfficerDto: {
            /** @example officer@example.com */
            email: string;
            /** @example 王经办 */
            fullName: string;
            /** @enum {string} */
            locale?: "zh-CN" | "en";
        };
        InviteUserDto: {
            /** @example expert@example.com */
            email: string;
            /** @example 李四 */
            fullName: string;
            /** @enum {string} */
            locale?: "zh-CN" | "en";
            /** @description Invitations are for reviewers and admins */
            roles: ("reviewer" | "admin")[];
        };
        ItemVotingClosedDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            closedAt: string;
            /** Format: uuid */
            closedBy: string;
            /** Format: uuid */
            meetingId: string;
            reason: string;
        };
        ItemVotingClosureDto: {
            /** Format: date-time */
            closedAt: string;
            /** Format: uuid */
            closedBy: string;
            reason: string;
        };
        LevelRequirementsDto: {
            /** @description The achievement condition, null when the level has none */
            achievements: components["schemas"]["LocalizedTextDto"] | null;
            /** @description Evidence every file of the level uploads */
            evidence: components["schemas"]["EvidenceRequirementDto"][];
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @description Education and experience routes; any one suffices */
            routes: components["schemas"]["LocalizedTextDto"][];
        };
        LocalizedTextDto: {
            /** @example Industrial Designer */
            en: string;
            /** @example 工业设计师 */
            "zh-CN": string;
        };
        LodgeAppealDto: {
            /**
             * @description Why the decision should be reconsidered
             * @example The provincial design award in section 4 was not taken into account; its certificate is attached to the file.
             */
            grounds: string;
        };
        LodgeObjectionDto: {
            /** @description Where the receipt is sent; e-mail or phone is required */
            email?: string;
            /**
             * @description Language of the receipt e-mail
             * @default zh-CN
             * @enum {string}
             */
            locale: "zh-CN" | "en";
            /** @description The objector’s real name */
            name: string;
            /**
             * @description Mainland mobile or landline (digits, optional +, spaces or dashes); stored encrypted, shown masked
             * @example 13800138000
             */
            phone?: string;
            /** @description What the objection is about */
            statement: string;
        };
        LoginDto: {
            /** @example admin@title-portal.local */
            email: string;
            /** @example Admin-demo-2026! */
            password: string;
        };
        MarkedReadDto: {
            /**
             * @description How many notifications were unread and are now read
             * @example 5
             */
            updated: number;
        };
        MeetingCommitteeDto: {
            /** Format: uuid */
            chairId: string;
            /** Format: uuid */
            id: string;
            nameEn: string;
            nameZh: string;
        };
        MeetingDto: {
            /** @description Admin: every member at the opening, present or not */
            attendance?: components["schemas"]["AttendanceDto"][];
            /** Format: date-time */
            closedAt: string | null;
            committee: components["schemas"]["MeetingCommitteeDto"];
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["MeetingItemDto"][];
            location: string;
            /** @description Committee size at the opening */
            memberCount: number | null;
            /** Format: date-time */
            openedAt: string | null;
            /** @description Member: recorded present (null before the opening) */
            present?: boolean | null;
            presentCount: number | null;
            quorumRequired: number | null;
            /** Format: date-time */
            scheduledAt: string;
            /** @enum {string} */
            status: "scheduled" | "open" | "closed";
            /**
             * @description Which view this is
             * @enum {string}
             */
            viewerRole: "admin" | "member";
        };
        MeetingItemDto: {
            applicantName: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @description Member: a ballot would be taken now */
            canVoteNow?: boolean;
            employerName: string | null;
            /** @description Admin: present members entitled to vote (from the opening) */
            entitledPresent?: number | null;
            level: string | null;
            /** @description Member: not recused from this file (no conflict of interest) */
            mayVote?: boolean;
            /**
             * @description Admin: electronic ballots or a paper tally; null before either
             * @enum {string|null}
             */
            mode?: "electronic" | "paper" | null;
            /** @enum {string|null} */
            outcome?: "passed" | "failed" | "withdrawn" | null;
            position: number;
            /** @description Member: their own conflict codes with the file */
            recusalReasons?: string[];
            /** @description Admin: members recused from the file */
            recusals?: components["schemas"]["RecusalDto"][];
            referenceNumber: string | null;
            specialty: string | null;
            /** @description The file's status now */
            status: string | null;
            /** @description Admin: a paper tally, or the electronic totals once the meeting is closed */
            tally?: components["schemas"]["TallyDto"] | null;
            /** @description Member: they have voted on it */
            voted?: boolean;
            /** @description Member: the chair has closed the vote on this item */
            votingClosed?: boolean;
            /** @description Admin: the chair's close of the item's vote, with its reason */
            votingClosedByChair?: components["schemas"]["ItemVotingClosureDto"] | null;
            /** @description Admin: every present entitled member has cast their ballot, or a tally is recorded, or the chair closed the vote (no count while the meeting is open) */
            votingComplete?: boolean;
        };
        MeetingPageDto: {
            items: components["schemas"]["MeetingSummaryDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        MeetingSummaryDto: {
            /** Format: uuid */
            committeeId: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            id: string;
            location: string;
            /** Format: date-time */
            scheduledAt: string;
            /** @enum {string} */
            status: "scheduled" | "open" | "closed";
        };
        MemberDossierDto: {
            applicantName: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @description The eligibility result stored at submission */
            eligibility?: components["schemas"]["DossierEligibilityDto"] | null;
            employerName: string | null;
            /** @description The evidence list (identity documents left out) */
            evidence: components["schemas"]["DossierEvidenceDto"][];
            level: string;
            /** Format: uuid */
            meetingId: string;
            /** @description null when no completed review is on record */
            panel: components["schemas"]["DossierPanelDto"] | null;
            position: number;
            referenceNumber: string | null;
            /** @description The submitted reviews, ordered by total; never who wrote them */
            reviews: components["schemas"]["DossierReviewDto"][];
            specialty: string;
        };
        MinutesAttendanceDto: {
            absent: number;
            absentMembers: components["schemas"]["MinutesMemberDto"][];
            members: number;
            present: number;
            presentMembers: components["schemas"]["MinutesMemberDto"][];
        };
        MinutesDto: {
            attendance: components["schemas"]["MinutesAttendanceDto"];
            /** Format: date-time */
            closedAt: string;
            committee: components["schemas"]["MeetingCommitteeDto"];
            /** Format: uuid */
            cycleId: string;
            items: components["schemas"]["MinutesItemDto"][];
            location: string;
            /** Format: uuid */
            meetingId: string;
            /** Format: date-time */
            openedAt: string;
            quorum: components["schemas"]["MinutesQuorumDto"];
            /** Format: date-time */
            scheduledAt: string;
        };
        MinutesItemDto: {
            abstain: number;
            /** Format: uuid */
            applicationId: string;
            /** @description Present members entitled to vote (present minus recused) */
            entitledPresent: number;
            /** @enum {string|null} */
            mode: "electronic" | "paper" | null;
            no: number;
            /** @description Entitled present members who cast no ballot (not yes) */
            notVoting: number;
            /**
             * @description passed when yes * 3 >= entitledPresent * 2
             * @enum {string}
             */
            outcome: "passed" | "failed" | "withdrawn";
            position: number;
            recusals: components["schemas"]["MinutesRecusalDto"][];
            referenceNumber: string | null;
            /** @description The chair closed the vote before every entitled member had voted: why, who, when */
            votingClosedByChair: components["schemas"]["ItemVotingClosureDto"] | null;
            yes: number;
        };
        MinutesMemberDto: {
            /** Format: uuid */
            memberId: string;
            name: string | null;
        };
        MinutesQuorumDto: {
            met: boolean;
            present: number;
            required: number;
            /** @example 2/3 */
            share: string;
        };
        MinutesRecusalDto: {
            /** Format: uuid */
            memberId: string;
            name: string | null;
            reasons: string[];
        };
        NotificationDto: {
            /** @description Plain text, a sentence or two */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description In-app path of the object the message is about
             * @example /applications/6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f
             */
            link: string | null;
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** @example Application returned for correction */
            title: string;
            /**
             * @example application.returned
             * @enum {string}
             */
            type: "account.verify_email" | "account.invitation" | "account.password_reset" | "account.already_registered" | "application.submitted" | "application.returned" | "application.accepted" | "application.rejected" | "application.withdrawn" | "application.returned_by_unit" | "application.recommended" | "unit.file_received" | "unit.file_decided" | "unit.reminder" | "application.draft_reminder" | "review.assigned" | "review.assigned_digest" | "review.reminder" | "review.overdue" | "committee.meeting_scheduled" | "application.public_notice" | "objection.received" | "objection.confirm_email" | "objection.acknowledged" | "application.awaiting_confirmation" | "application.approved" | "appeal.decided" | "appeal.lodged" | "title.revoked";
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        NotificationPreferenceDto: {
            /** @enum {string} */
            category: "account" | "application" | "review" | "committee" | "outcome";
            channels: ("inbox" | "email")[];
            emailEnabled: boolean;
            /** @description Essential types (security, decisions, deadlines) are always e-mailed and cannot be switched off */
            essential: boolean;
            /** @enum {string} */
            type: "account.verify_email" | "account.invitation" | "account.password_reset" | "account.already_registered" | "application.submitted" | "application.returned" | "application.accepted" | "application.rejected" | "application.withdrawn" | "application.returned_by_unit" | "application.recommended" | "unit.file_received" | "unit.file_decided" | "unit.reminder" | "application.draft_reminder" | "review.assigned" | "review.assigned_digest" | "review.reminder" | "review.overdue" | "committee.meeting_scheduled" | "application.public_notice" | "objection.received" | "objection.confirm_email" | "objection.acknowledged" | "application.awaiting_confirmation" | "application.approved" | "appeal.decided" | "appeal.lodged" | "title.revoked";
        };
        NotificationPreferencesDto: {
            /** @description Every notification type, in catalogue order */
            items: components["schemas"]["NotificationPreferenceDto"][];
        };
        ObjectionContactDto: {
            email: string | null;
            /** Format: uuid */
            objectionId: string;
            /** @description In full (personal data: the view is audited) */
            phone: string | null;
        };
        ObjectionDto: {
            applicantName: string | null;
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the objector confirmed the e-mail address (null: not confirmed, or none given)
             */
            emailConfirmedAt: string | null;
            /**
             * @description Masked like the phone (domain.md §10): the first character and the domain; in full through GET objections/:id/contact (audited)
             * @example w***@example.com
             */
            emailMasked: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            noticeId: string;
            objectorName: string;
            /**
             * @description Masked (domain.md §10); the full number is stored encrypted
             * @example 138****8000
             */
            phoneMasked: string | null;
            /** @example YY-2026-0012 */
            reference: string;
            referenceNumber: string | null;
            reReview: boolean | null;
            resolutionNote: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            statement: string;
            /**
             * @description unconfirmed: only an e-mail was given and it is not confirmed yet (not resolvable; it holds the notice until its link expires)
             * @enum {string}
             */
            status: "unconfirmed" | "open" | "upheld" | "dismissed";
        };
        ObjectionListDto: {
            items: components["schemas"]["ObjectionDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ObjectionReceiptDto: {
            /**
             * Format: date-time
             * @description Set when an e-mail address was given and is not confirmed yet: a confirmation link went to it and works until then. Nothing else is sent to the address before; an objection with only an e-mail reaches the office once confirmed
             */
            confirmEmailBy: string | null;
            /** Format: date-time */
            receivedAt: string;
            /**
             * @description Quote it when contacting the office
             * @example YY-2026-0012
             */
            reference: string;
        };
        OfficerInvitedDto: {
            organisation: components["schemas"]["OrganisationDto"];
            /**
             * @description unit_officer for a recommending unit, authority_officer for the bureau
             * @enum {string}
             */
            role: "unit_officer" | "authority_officer";
            user: components["schemas"]["UserDto"];
        };
        OpenMeetingDto: {
            /** @description The members present; at least the quorum (COMMITTEE_QUORUM of the members, default 2/3) */
            presentMemberIds: string[];
        };
        OrganisationDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Employers: the unified social credit code
             * @example 91500103PB3LWF6F87
             */
            creditCode?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer" | "sub_centre" | "association" | "office" | "bureau";
            /** @example Chongqing Example Industrial Design Co., Ltd. */
            nameEn: string;
            /** @example 重庆某工业设计有限公司 */
            nameZh: string;
            /**
             * @description The host province (GB/T 2260)
             * @example 50
             */
            province: string;
            /**
             * @description Sub-centres: the district or county they serve (GB/T 2260)
             * @example 500103
             */
            regionCode?: string | null;
        };
        OrganisationOfficerDto: {
            /** @example officer@example.com */
            email: string;
            /** @description False until the invitation is accepted (the password set from the e-mailed link) */
            emailVerified: boolean;
            /** @example 王经办 */
            fullName: string;
            /**
             * @description The role bound to the organisation
             * @enum {string}
             */
            role: "unit_officer" | "authority_officer";
            /** @enum {string} */
            status: "active" | "disabled";
            /** Format: uuid */
            userId: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["AdminOrganisationDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        OverdueDto: {
            /** @description Returned files past their correction deadline */
            corrections: number;
            /** @description Files with a review still open past its deadline */
            reviews: number;
        };
        PassedStageDto: {
            /**
             * @description What happened (created, submitted, returned, accepted, reviewed ...)
             * @example accepted
             */
            action: string;
            /**
             * Format: uuid
             * @description Who took it: admins only; always null in the applicant’s view
             */
            actorId: string | null;
            /**
             * @description Who took the step, by role (system: the portal itself)
             * @enum {string}
             */
            actorRole: "applicant" | "unit" | "admin" | "system";
            /** Format: date-time */
            at: string;
            reason: string | null;
            /**
             * @description The status the file reached
             * @enum {string}
             */
            status: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
        };
        PassRateDto: {
            failed: number;
            passed: number;
            /**
             * @description passed / (passed + failed); null before any decision
             * @example 0.8125
             */
            rate: number | null;
        };
        PassRatesDto: {
            /** @description committee passed vs failed */
            committee: components["schemas"]["PassRateDto"];
            /** @description public notice closed (approved) vs objection upheld */
            notice: components["schemas"]["PassRateDto"];
            /** @description accepted vs rejected at qualification (a correction that ran out counts as rejected) */
            qualification: components["schemas"]["PassRateDto"];
            /** @description review completed vs left by withdrawal (review itself decides nothing) */
            review: components["schemas"]["PassRateDto"];
        };
        PoolReviewerDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Active assignments (assigned, draft, submitted) in the cycle named by cycleId, counted against maxLoadPerCycle; 0 without cycleId */
            cycleLoad: number;
            email: string | null;
            employerCreditCode?: string | null;
            employerName: string;
            fullName: string | null;
            homeProvince: string;
            /** @enum {string} */
            maxLevel: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            maxLoadPerCycle: number;
            /** @description Open reviews (assigned or draft) in every cycle */
            openReviews: number;
            specialties: string[];
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            userId: string;
        };
        PostingDto: {
            /**
             * Format: date
             * @description At least workingDays working days after the start (the start day does not count)
             * @example 2026-10-12
             */
            endDate: string;
            /** @description outcome objections_handled: the objections and how they were handled */
            objectionsHandling?: string | null;
            /**
             * @description Recorded once the posting has ended
             * @enum {string|null}
             */
            outcome?: "no_objection" | "objections_handled" | null;
            /**
             * Format: date
             * @example 2026-09-28
             */
            startDate: string;
            /** @example 5 */
            workingDays: number;
        };
        PreferenceChangeDto: {
            /** @example false */
            emailEnabled: boolean;
            /**
             * @example application.draft_reminder
             * @enum {string}
             */
            type: "account.verify_email" | "account.invitation" | "account.password_reset" | "account.already_registered" | "application.submitted" | "application.returned" | "application.accepted" | "application.rejected" | "application.withdrawn" | "application.returned_by_unit" | "application.recommended" | "unit.file_received" | "unit.file_decided" | "unit.reminder" | "application.draft_reminder" | "review.assigned" | "review.assigned_digest" | "review.reminder" | "review.overdue" | "committee.meeting_scheduled" | "application.public_notice" | "objection.received" | "objection.confirm_email" | "objection.acknowledged" | "application.awaiting_confirmation" | "application.approved" | "appeal.decided" | "appeal.lodged" | "title.revoked";
        };
        PublicCycleDto: {
            /**
             * @example [
             *       "application/pdf",
             *       "image/jpeg",
             *       "image/png"
             *     ]
             */
            acceptedMediaTypes: string[];
            /** Format: date-time */
            closesAt: string;
            code: string;
            /** @description The continuing-education rule, null when switched off */
            continuingEducation: components["schemas"]["LocalizedTextDto"] | null;
            /** @description Extra evidence when the employer is outside the host province */
            crossProvincialEvidence: components["schemas"]["EvidenceRequirementDto"][];
            /** @description Extra evidence on the exceptional route */
            exceptionalEvidence: components["schemas"]["EvidenceRequirementDto"][];
            /** @description What the exceptional route (破格) asks instead of education and years */
            exceptionalRoute: components["schemas"]["LocalizedTextDto"];
            /** Format: uuid */
            id: string;
            /** @description One entry per level the cycle accepts, in the order of the levels */
            levels: components["schemas"]["LevelRequirementsDto"][];
            /** @example 20971520 */
            maxFileBytes: number;
            nameEn: string;
            nameZh: string;
            /** Format: date-time */
            opensAt: string;
            specialties: string[];
            /** @description The specialties again, in the same order, each with its label */
            specialtyLabels: components["schemas"]["SpecialtyDto"][];
        };
        PublicCyclePageDto: {
            items: components["schemas"]["PublicCycleDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        PublicNoticeDto: {
            /** @example 2026 Industrial Design Title Evaluation */
            cycleNameEn: string;
            /** @example 2026年度工业设计专业职称评审 */
            cycleNameZh: string;
            /** @example 重庆某设计有限公司 */
            employer: string | null;
            /**
             * Format: date
             * @description Last day of the notice: the N-th working day after the committee passed the file
             */
            endDate: string;
            /**
             * Format: uuid
             * @description The notice (for lodging an objection)
             */
            id: string;
            /** @example senior */
            level: string;
            /** @example 张三 */
            name: string | null;
            /** @example product_design */
            specialty: string;
            /**
             * Format: date
             * @description First day of the notice (Beijing time)
             */
            startDate: string;
            /**
             * @description N: the length of the notice in working days (holidays off, make-up days on)
             * @example 5
             */
            workingDays: number;
        };
        PublicNoticeListDto: {
            items: components["schemas"]["PublicNoticeDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        PublicOfficeDto: {
            /** @description The body that evaluates and signs certificates */
            evaluatingBody: components["schemas"]["LocalizedTextDto"];
            /**
             * @description GB/T 2260 code of the host province
             * @example 50
             */
            provinceCode: string;
            /**
             * @example {
             *       "zh-CN": "重庆市",
             *       "en": "Chongqing"
             *     }
             */
            provinceName: components["schemas"]["LocalizedTextDto"];
        };
        PutCalendarYearDto: {
            /**
             * @description Every public-holiday date of the year (YYYY-MM-DD)
             * @example [
             *       "2027-02-06",
             *       "2027-02-07"
             *     ]
             */
            holidays: string[];
            /**
             * @description Every make-up working day of the year (YYYY-MM-DD)
             * @example [
             *       "2027-02-20"
             *     ]
             */
            workdays: string[];
        };
        PutReviewerProfileDto: {
            /** @default true */
            active: boolean;
            /**
             * @description Unified social credit code; null or absent for a reviewer without one
             * @example 91500103PB3LWF6F87
             */
            employerCreditCode?: string | null;
            /** @example 重庆某设计研究院有限公司 */
            employerName: string;
            /**
             * @description GB/T 2260 two-digit province code
             * @example 50
             */
            homeProvince: string;
            /**
             * @description The highest level this reviewer may review (their own title's level)
             * @enum {string}
             */
            maxLevel: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /**
             * @description Most applications assigned to this reviewer in one cycle
             * @example 20
             */
            maxLoadPerCycle: number;
            /**
             * @description Specialty keys as cycles use them
             * @example [
             *       "product_design"
             *     ]
             */
            specialties: string[];
        };
        QualificationDecisionDto: {
            /** @description accept only: the home province's entrustment letter was checked; required for a cross-provincial file (422 CONFIRMATION_REQUIRED otherwise) */
            confirmEntrustment?: boolean;
            /** @description accept only: the exceptional-route letters were checked; required for an exceptional-route file (422 CONFIRMATION_REQUIRED otherwise) */
            confirmExceptional?: boolean;
            /**
             * Format: date-time
             * @description return only: the correction deadline (in the future); default 10 days from now
             */
            correctionDeadline?: string | null;
            /**
             * @description accept: to expert review (in_review); return: for correction (returned) with a reason and a deadline; reject: with a reason (rejected)
             * @enum {string}
             */
            decision: "accept" | "return" | "reject";
            /**
             * @description Required to return or reject (400 naming `reason` otherwise); an optional note on acceptance
             * @example The employer’s internal notice is missing its stamp
             */
            reason?: string | null;
        };
        QualificationQueueItemDto: {
            /** Format: uuid */
            applicantId: string;
            applicantName?: string | null;
            confirmations: components["schemas"]["RequiredConfirmationsDto"];
            /** Format: date-time */
            createdAt: string;
            crossProvincial: boolean;
            /** Format: uuid */
            cycleId: string;
            /** @description Eligibility result at submission (rules, cross-provincial, evidence required and missing) */
            eligibility?: Record<string, never> | null;
            employerName?: string | null;
            /** @description The uploaded evidence, oldest first (download: GET /applications/:id/attachments/:attachmentId) */
            evidence: components["schemas"]["EvidenceItemDto"][];
            exceptionalRoute: boolean;
            homeProvince?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @description The recommending unit, its internal posting and its recommendation (null: submitted before units existed) */
            recommendation?: components["schemas"]["RecommendationDto"] | null;
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            /** @description What accepting this file needs confirmed: each names its decision field (true) and what it confirms */
            requiredConfirmations: components["schemas"]["RequiredConfirmationDto"][];
            requiresAdminConfirmation: boolean;
            /**
             * @description Admins listing files: the review aggregate once the review is complete
             * @example 86.33
             */
            reviewScore?: string | null;
            specialty: string;
            /** @enum {string} */
            status: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        QualificationQueuePageDto: {
            /**
             * @description Days a return gives for correction when no correctionDeadline is sent
             * @example 10
             */
            defaultCorrectionDays: number;
            items: components["schemas"]["QualificationQueueItemDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        QueueDashboardSessionDto: {
            /** Format: date-time */
            expiresAt: string;
            /** @example /admin/queues */
            url: string;
        };
        ReadyChecksDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            migrations: "up" | "down";
            /** @enum {string} */
            redis: "up" | "down";
            /**
             * @description Only when evidence lives in object storage (STORAGE_DRIVER=s3)
             * @enum {string}
             */
            storage?: "up" | "down";
        };
        ReadyDto: {
            checks: components["schemas"]["ReadyChecksDto"];
            /** @example ok */
            status: string;
        };
        RecommendationDto: {
            decision?: components["schemas"]["UnitDecisionDto"] | null;
            /** @description The internal posting as the unit recorded it (null: none yet) */
            posting?: components["schemas"]["PostingDto"] | null;
            /**
             * Format: date-time
             * @description When the unit recommended the file
             */
            recommendedAt?: string | null;
            /** @description The recommending unit named at submission (null: submitted before units existed) */
            unit?: components["schemas"]["OrganisationDto"] | null;
        };
        RecordedTallyDto: {
            abstain: number;
            /** @description Present members entitled to vote on the item (the majority's base) */
            entitledPresent: number;
            no: number;
            yes: number;
        };
        RecordPostingDto: {
            /**
             * Format: date
             * @description Default: the shortest end, UNIT_POSTING_WORKING_DAYS working days after the start (400 POSTING_TOO_SHORT before it)
             */
            endDate?: string | null;
            objectionsHandling?: string | null;
            /**
             * @description Once the posting has ended (422 POSTING_NOT_ENDED before): no_objection, or objections_handled with objectionsHandling
             * @enum {string|null}
             */
            outcome?: "no_objection" | "objections_handled" | null;
            /**
             * Format: date
             * @description First day of the internal posting (Beijing time)
             * @example 2026-09-28
             */
            startDate: string;
        };
        RecordTallyDto: {
            abstain: number;
            /** Format: uuid */
            applicationId: string;
            no: number;
            yes: number;
        };
        RecusalDto: {
            /** Format: uuid */
            memberId: string;
            /**
             * @example [
             *       "SAME_EMPLOYER_CREDIT_CODE"
             *     ]
             */
            reasons: string[];
        };
        RefreshDto: {
            refreshToken: string;
        };
        RegionDto: {
            /**
             * @description The 6-digit region code the form stores for the whole province (PP0000)
             * @example 500000
             */
            code: string;
            /** @description Only on the host province: its districts and counties. A designer whose employer is not registered is recommended by their district's sub-centre, matched on the district's exact code, so the form stores the district's code; a code inside the host province that is neither PP0000 nor one of these is refused (422 REGION_CODE_UNKNOWN). */
            districts?: components["schemas"]["DistrictDto"][];
            name: components["schemas"]["LocalizedTextDto"];
        };
        RegionListDto: {
            items: components["schemas"]["RegionDto"][];
        };
        RegisterDto: {
            /** @example designer@example.com */
            email: string;
            /** @example 张三 */
            fullName: string;
            /**
             * @default zh-CN
             * @enum {string}
             */
            locale: "zh-CN" | "en";
            /** @description Not a common password, not the e-mail */
            password: string;
        };
        RejectionAnswerDto: {
            /** @description Null when the file is not rejected */
            rejection: components["schemas"]["RejectionDto"] | null;
        };
        RejectionDto: {
            /**
             * @description The workflow action that rejected it
             * @example reject_qualification
             */
            action: string;
            /**
             * Format: date-time
             * @description The end of the appeal window
             */
            appealDeadline: string;
            /** @description This decision was appealed already (once per decision) */
            appealed: boolean;
            /** Format: date-time */
            decidedAt: string;
            reason: string | null;
            /**
             * @description The stage that rejected the file
             * @enum {string|null}
             */
            stage: "qualification_review" | "correction_overdue" | "committee_vote" | "public_notice" | null;
            /** @description The window is open now */
            windowOpen: boolean;
        };
        ReopenReviewDto: {
            /** @description Why the submitted review is reopened (the reviewer sees it) */
            reason: string;
        };
        RequestApplicationsExportDto: {
            /** @description Only returned files past their correction deadline (the dashboard's "corrections overdue") */
            correctionOverdue?: boolean;
            crossProvincial?: boolean;
            /** Format: uuid */
            cycleId?: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description GB/T 2260 province code of the employer
             * @example 44
             */
            homeProvince?: string;
            /**
             * @description Language of headers and labels; default: the admin's own
             * @enum {string}
             */
            lang?: "zh-CN" | "en";
            /** @enum {string} */
            level?: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /**
             * @description Default: desc for createdAt, submittedAt and score; asc for referenceNumber
             * @enum {string}
             */
            order?: "asc" | "desc";
            /**
             * @description Sort key; files without one (no submission, reference or score yet) come last. score: admins only
             * @default createdAt
             * @enum {string}
             */
            sort: "createdAt" | "submittedAt" | "referenceNumber" | "score";
            specialty?: string;
            /** @enum {string} */
            status?: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
            /** Format: date-time */
            submittedFrom?: string;
            /** Format: date-time */
            submittedTo?: string;
            /** @description Searches applicant name, reference number and employer (contains, case-insensitive) from 3 characters on; a 1-2 character text is a name look-up (applicant name equal to it or starting with it). % and _ match themselves. */
            text?: string;
        };
        RequiredConfirmationDto: {
            /**
             * @description The decision field to set to true when accepting
             * @enum {string}
             */
            field: "confirmExceptional" | "confirmEntrustment";
            /** @description What the admin confirms by setting it */
            label: components["schemas"]["LocalizedTextDto"];
        };
        RequiredConfirmationsDto: {
            /** @description Accepting needs confirmEntrustment: true (cross-provincial) */
            entrustment: boolean;
            /** @description Accepting needs confirmExceptional: true (exceptional route) */
            exceptional: boolean;
        };
        ResolveObjectionDto: {
            /** @description The decision’s reasons; for an upheld objection without re-review, the rejection reason the applicant reads */
            note: string;
            /** @enum {string} */
            outcome: "upheld" | "dismissed";
            /**
             * @description Upheld only: send the file back to expert review (new reviewers) instead of rejecting it
             * @default false
             */
            reReview: boolean;
        };
        RetriedDeliveryDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The BullMQ job that will deliver it
             * @example retry-6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f-1-a1b2c3
             */
            jobId: string;
            /** @enum {string} */
            status: "pending";
        };
        ReviewDto: {
            /** Format: uuid */
            applicationId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            recommendation: "pass" | "fail" | null;
            rubricVersion: string | null;
            scores: {
                [key: string]: string;
            } | null;
            /** @enum {string} */
            status: "assigned" | "draft" | "submitted" | "declined" | "withdrawn" | "superseded";
            /** @description Why an admin reopened it (or why it was declined or withdrawn) */
            statusNote: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description Sum of the scores, exact
             * @example 86.75
             */
            total: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ReviewerEvidenceDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "degree_certificate" | "title_certificate" | "employer_recommendation" | "employer_internal_notice" | "portfolio" | "continuing_education_proof" | "entrustment_letter" | "expert_recommendation" | "appeal_evidence";
            /** @enum {string} */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /** @example 作品集.pdf */
            originalName: string;
            /** @description Hex SHA-256 of the stored bytes */
            sha256: string;
            /** @example 183422 */
            sizeBytes: number;
        };
        ReviewerEvidenceListDto: {
            /** @description Oldest first; identity documents are never listed */
            items: components["schemas"]["ReviewerEvidenceDto"][];
        };
        ReviewerFileDto: {
            /** @description To recognise a conflict of interest */
            applicantName?: string | null;
            /** Format: uuid */
            applicationId: string;
            crossProvincial: boolean;
            /** Format: uuid */
            cycleId: string;
            /** @description Form data; of the identity section only fullName (no identity number, gender, birth date, phone or e-mail) */
            data: Record<string, never>;
            employerName?: string | null;
            exceptionalRoute: boolean;
            /** Format: uuid */
            formVersionId: string;
            homeProvince?: string | null;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            /**
             * Format: uuid
             * @description The review this view belongs to
             */
            reviewId: string;
            specialty: string;
            /** Format: date-time */
            submittedAt?: string | null;
        };
        ReviewerProfileDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            employerCreditCode?: string | null;
            employerName: string;
            homeProvince: string;
            /** @enum {string} */
            maxLevel: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            maxLoadPerCycle: number;
            specialties: string[];
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            userId: string;
        };
        ReviewerProfilePageDto: {
            items: components["schemas"]["PoolReviewerDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ReviewerScoresDto: {
            /** Format: uuid */
            applicationId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            recommendation: "pass" | "fail" | null;
            /** Format: uuid */
            reviewerId: string;
            rubricVersion: string | null;
            scores: {
                [key: string]: string;
            } | null;
            /** @enum {string} */
            status: "assigned" | "draft" | "submitted" | "declined" | "withdrawn" | "superseded";
            /** @description Why an admin reopened it (or why it was declined or withdrawn) */
            statusNote: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description Sum of the scores, exact
             * @example 86.75
             */
            total: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ReviewerWorkloadDto: {
            /** @description Assignments holding a slot (assigned, draft, submitted) */
            assigned: number;
            fullName: string | null;
            /** @description Not submitted and past the deadline */
            overdue: number;
            /** Format: uuid */
            reviewerId: string;
            submitted: number;
        };
        ReviewFileSummaryDto: {
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            /** @example 2026-ID-INT-000123 */
            referenceNumber: string | null;
            specialty: string;
        };
        ReviewListItemDto: {
            /** Format: uuid */
            applicationId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: date-time */
            dueAt: string | null;
            file: components["schemas"]["ReviewFileSummaryDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            recommendation: "pass" | "fail" | null;
            rubricVersion: string | null;
            scores: {
                [key: string]: string;
            } | null;
            /** @enum {string} */
            status: "assigned" | "draft" | "submitted" | "declined" | "withdrawn" | "superseded";
            /** @description Why an admin reopened it (or why it was declined or withdrawn) */
            statusNote: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description Sum of the scores, exact
             * @example 86.75
             */
            total: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ReviewPageDto: {
            items: components["schemas"]["ReviewListItemDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ReviewWithRubricDto: {
            /** Format: uuid */
            applicationId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            recommendation: "pass" | "fail" | null;
            rubric: components["schemas"]["RubricDto"];
            rubricVersion: string | null;
            scores: {
                [key: string]: string;
            } | null;
            /** @enum {string} */
            status: "assigned" | "draft" | "submitted" | "declined" | "withdrawn" | "superseded";
            /** @description Why an admin reopened it (or why it was declined or withdrawn) */
            statusNote: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description Sum of the scores, exact
             * @example 86.75
             */
            total: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        RevocationPreviewDto: {
            /**
             * Format: date-time
             * @description Until when the holder could not apply: midnight (Asia/Shanghai) REVOCATION_BAR_YEARS from today, or a later bar already set
             */
            barredUntil: string;
            /**
             * @description REVOCATION_BAR_YEARS
             * @example 3
             */
            barYears: number;
        };
        RevokeDto: {
            /**
             * @description Why the title is revoked; kept on the file and the certificate, and told to the holder
             * @example The design award certificate in the file was forged (confirmed by the awarding body on 2027-01-04)
             */
            reason: string;
        };
        RubricCriterionDto: {
            descriptionEn: string;
            descriptionZh: string;
            key: string;
            /** @description Highest score in points (the lowest is 0) */
            maxPoints: number;
            nameEn: string;
            nameZh: string;
        };
        RubricDto: {
            criteria: components["schemas"]["RubricCriterionDto"][];
            /** @example default-2026 */
            version: string;
        };
        RuleResultDto: {
            /** @example ELIG_EDUCATION_YEARS */
            code: string;
            explanation: components["schemas"]["LocalizedTextDto"];
            found: components["schemas"]["LocalizedTextDto"];
            passed: boolean;
            required: components["schemas"]["LocalizedTextDto"];
        };
        RunErrorDto: {
            /** @example AUTO_ASSIGN_FAILED */
            code: string;
            message: string;
        };
        SaveDraftDto: {
            /** @description JSON merge patch (RFC 7396) of the form data; null removes a field inside it (the whole `data` cannot be null) */
            data?: {
                [key: string]: unknown;
            };
            /** @description Take the exceptional route (破格): needs two recommendation letters and an admin confirmation */
            exceptionalRoute?: boolean;
            /**
             * @description The version the change is based on (from the last read); a stale version is a 409
             * @example 1
             */
            version: number;
        };
        SaveReviewDto: {
            comment?: string | null;
            /** @enum {string|null} */
            recommendation?: "pass" | "fail" | null;
            /**
             * @description Points per criterion key, decimal strings with at most 2 decimals, 0 to the criterion's maximum; null removes a saved score
             * @example {
             *       "professional_competence": "27.5",
             *       "design_achievements": "36"
             *     }
             */
            scores?: {
                [key: string]: string | null;
            };
            /**
             * Format: date-time
             * @description The review's `updatedAt` as the client last read it; when given and the review has changed since (another tab or device), 409 STALE_VERSION and nothing is saved
             */
            updatedAt?: string;
        };
        ScheduleMeetingDto: {
            /** @description The agenda, in order: reviewed files of the cycle whose level and specialty the committee decides */
            applicationIds: string[];
            /** Format: uuid */
            committeeId: string;
            /** Format: uuid */
            cycleId: string;
            /** @example 重庆市人力资源和社会保障局 3 楼会议室 */
            location: string;
            /**
             * Format: date-time
             * @description In the future and within the committee's term
             */
            scheduledAt: string;
        };
        ShortfallDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description Reviewers this run gave it */
            assigned: number;
            /** @description Reviewers the file still needed before the run */
            needed: number;
            /** @enum {string} */
            reason: "NO_ELIGIBLE_REVIEWER" | "TOO_FEW_REVIEWERS_WITHOUT_CONFLICT" | "REVIEWERS_AT_CAPACITY";
        };
        SpecialtyDto: {
            /** @example product_design */
            key: string;
            /** @description The portal's label for the key; a key it has no label for is labelled by the key itself */
            label: components["schemas"]["LocalizedTextDto"];
        };
        StageAheadDto: {
            /**
             * @description The workflow action that takes the step
             * @enum {string}
             */
            action: "submit" | "resubmit" | "resubmit_to_unit" | "unit_return" | "unit_recommend" | "unit_decline" | "withdraw" | "return_for_correction" | "accept_qualification" | "reject_qualification" | "close_overdue_correction" | "complete_review" | "committee_pass" | "committee_fail" | "close_notice" | "uphold_objection_reject" | "uphold_objection_rereview" | "decide_appeal_rereview" | "confirm_title" | "revoke";
            /**
             * @description Where expectedBy comes from
             * @enum {string|null}
             */
            basis: "cycle.closesAt" | "application.correctionDeadline" | "cycle.reviewDeadline" | "cycle.meetingDate" | "notice.workingDays" | null;
            /**
             * Format: date
             * @description The date (Asia/Shanghai) the schedule expects it by; null when nothing schedules it (see note)
             */
            expectedBy: string | null;
            /** @description Why there is no expected date */
            note: string | null;
            /** @description expectedBy is before today and the step has not happened */
            overdue: boolean;
            /**
             * @description The status the step reaches
             * @enum {string}
             */
            status: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
        };
        StageDurationDto: {
            /** @description Stays in the stage that ended (files still in it are not counted) */
            count: number;
            /** @example 3.5 */
            medianDays: number | null;
            /**
             * @description 90th percentile (continuous)
             * @example 9.25
             */
            p90Days: number | null;
            /** @enum {string} */
            stage: "qualification" | "correction" | "review" | "committee" | "notice";
        };
        SubmitDto: {
            /** @description The applicant pledges the file is true (stored with time and IP) */
            declarationAccepted: boolean;
        };
        TakeBallotPaperDto: {
            /** Format: uuid */
            applicationId: string;
        };
        TallyDto: {
            abstain: number;
            no: number;
            yes: number;
        };
        TemplatePreviewDto: {
            /** @description Inbox body */
            body: string;
            /** @description E-mail HTML, every value escaped */
            html: string;
            /** @example application.returned */
            key: string;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            subject: string;
            /** @description E-mail plain text */
            text: string;
            /** @description Inbox title */
            title: string;
            /** @description The sample values used */
            variables: {
                [key: string]: string | number;
            };
        };
        TimelineDto: {
            /** @description The stages still ahead on the way to the title, in order (none once the file reached an ending) */
            ahead: components["schemas"]["StageAheadDto"][];
            /** Format: uuid */
            applicationId: string;
            /** @description Every stage passed, oldest first; the last is where the file is now */
            passed: components["schemas"]["PassedStageDto"][];
            /** @enum {string} */
            status: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
        };
        TokenAndPasswordDto: {
            password: string;
            /** @description The token from the e-mailed link */
            token: string;
        };
        TokenDto: {
            /** @description The token from the e-mailed link */
            token: string;
        };
        TokenPairDto: {
            accessToken: string;
            /**
             * @description Access token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
        };
        UiHintsDto: {
            sections: components["schemas"]["UiSectionHintDto"][];
        };
        UiSectionHintDto: {
            /**
             * @description JSON pointer into the form data
             * @example /identity
             */
            dataPointer: string;
            help: components["schemas"]["LocalizedTextDto"];
            /** @example identity */
            key: string;
            label: components["schemas"]["LocalizedTextDto"];
            order: number;
            /**
             * @description JSON pointer into the schema
             * @example /properties/identity
             */
            pointer: string;
        };
        UnitDecisionDto: {
            /** Format: date-time */
            decidedAt: string;
            /** @enum {string} */
            decision: "recommended" | "declined";
            /** @description The note of a recommendation, the reason of a decline */
            note?: string | null;
        };
        UnitDeclineDto: {
            reason: string;
        };
        UnitFileDto: {
            applicantName?: string | null;
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            correctionDeadline?: string | null;
            crossProvincial: boolean;
            /** Format: uuid */
            cycleId: string;
            /** @description Form data; of the identity section only fullName */
            data: Record<string, never>;
            employerName?: string | null;
            /** Format: uuid */
            formVersionId: string;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            recommendation: components["schemas"]["RecommendationDto"];
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            specialty: string;
            /** @example with_unit */
            status: string;
            statusReason?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
        };
        UnitQueueItemDto: {
            applicantName?: string | null;
            /** Format: uuid */
            applicationId: string;
            crossProvincial: boolean;
            /** Format: uuid */
            cycleId: string;
            employerName?: string | null;
            /** @enum {string} */
            level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            posting?: components["schemas"]["PostingDto"] | null;
            /** @example 2026-ID-INT-000123 */
            referenceNumber?: string | null;
            specialty: string;
            /** @example with_unit */
            status: string;
            /** Format: date-time */
            submittedAt?: string | null;
            unit?: components["schemas"]["OrganisationDto"] | null;
        };
        UnitQueuePageDto: {
            items: components["schemas"]["UnitQueueItemDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        UnitRecommendDto: {
            note?: string | null;
        };
        UnitReturnDto: {
            /**
             * Format: date-time
             * @description In the future; default 10 days from now
             */
            correctionDeadline?: string | null;
            /** @example 工作经历与单位人事档案不符，请核对 */
            reason: string;
        };
        UnreadCountDto: {
            /** @example 3 */
            count: number;
        };
        UpdateCommitteeDto: {
            /** Format: uuid */
            chairId?: string;
            levels?: ("assistant" | "intermediate" | "associate_senior" | "full_senior")[];
            /** @description Replaces the whole membership */
            memberIds?: string[];
            minimumSize?: number;
            nameEn?: string;
            nameZh?: string;
            /** @enum {string} */
            organisedBy?: "series" | "specialty";
            specialties?: string[];
            /** Format: date */
            termEnd?: string;
            /** Format: date */
            termStart?: string;
        };
        UpdateCycleDto: {
            /** Format: date-time */
            closesAt?: string;
            /** @description Schema: GET cycles/settings-schemas `eligibilityPolicy` */
            eligibilityPolicy?: {
                [key: string]: unknown;
            };
            evidenceRules?: components["schemas"]["EvidenceLimitsDto"];
            /** @description Published form version id per accepted level */
            formVersions?: {
                [key: string]: string;
            };
            levels?: ("assistant" | "intermediate" | "associate_senior" | "full_senior")[];
            /**
             * Format: date
             * @description null clears it
             */
            meetingDate?: string | null;
            nameEn?: string;
            nameZh?: string;
            /** Format: date-time */
            opensAt?: string;
            /**
             * Format: date
             * @description null clears it
             */
            reviewDeadline?: string | null;
            /** @description The cycle's own rubric (schema: GET cycles/settings-schemas); null: back to the built-in rubric of rubricVersion. Pinned once applications exist */
            rubric?: components["schemas"]["RubricDto"] | null;
            /** @description null clears it */
            rubricVersion?: string | null;
            /**
             * @example [
             *       "product_design"
             *     ]
             */
            specialties?: string[];
        };
        UpdateMeDto: {
            fullName?: string;
            /** @enum {string} */
            locale?: "zh-CN" | "en";
            /**
             * @description Mainland mobile (11 digits starting with 1), or null to remove
             * @example 13812345678
             */
            phone?: string | null;
        };
        UpdatePreferencesDto: {
            /** @description The types to change; types not listed keep their setting. Switching an essential type off is refused (400 NOTIFICATION_ESSENTIAL) */
            items: components["schemas"]["PreferenceChangeDto"][];
        };
        UpdateUserDto: {
            roles?: ("applicant" | "reviewer" | "admin" | "unit_officer" | "authority_officer")[];
            /** @enum {string} */
            status?: "active" | "disabled";
        };
        UploadAttachmentDto: {
            /**
             * Format: binary
             * @description PDF, JPEG or PNG (decided by the content, not the name or declared type), within the cycle limits. The file name must not contain path separators, "..", or control characters.
             */
            file: string;
            /**
             * @description What the file proves. Send this field BEFORE the file.
             * @enum {string}
             */
            kind: "identity_document" | "degree_certificate" | "title_certificate" | "employer_recommendation" | "employer_internal_notice" | "portfolio" | "continuing_education_proof" | "entrustment_letter" | "expert_recommendation" | "appeal_evidence";
        };
        UserDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            emailVerified: boolean;
            fullName: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt?: string | null;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            /** @description Full to the owner, masked (138****5678) to admins */
            phone?: string | null;
            roles: ("applicant" | "reviewer" | "admin" | "unit_officer" | "authority_officer")[];
            /** @enum {string} */
            status: "active" | "disabled";
            /** Format: date-time */
            updatedAt: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            nextCursor: string | null;
        };
        WithdrawDto: {
            /** @example Changed employer; will apply next year */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdminApplicationExportsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationExportListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminApplicationExportsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestApplicationsExportDto"];
            };
        };
        responses: {
            /** @description Queued; read it back at GET admin/applications/exports/{id} until done */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationExportDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminApplicationExportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationExportDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminApplicationExportsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Gone: it existed, and has expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBodyDto"];
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminAuditController_list: {
        parameters: {
            query?: {
                /** @description Action code, exactly */
                action?: string;
                /** @description Entries by this person */
                actorId?: string;
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                /** @description Target id (with entityType, or alone) */
                entityId?: string;
                /** @description Target type (application, user, cycle, review_assignment ...) */
                entityType?: string;
                /** @description Entries at or after this moment */
                from?: string;
                limit?: number;
                /** @description Entries before this moment (after `from`) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminAuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCalendarController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year with its days; a year nobody entered answers confirmed: false (notice periods cannot use it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCalendarController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarYearDto"];
            };
        };
        responses: {
            /** @description Saved and confirmed: the dates replace the year’s. 400 names each bad date (not a date, not in the year, listed twice, both a holiday and a make-up day) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminDashboardController_get: {
        parameters: {
            query: {
                cycleId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardWaitingDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminIdentityController_conflicts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                /** @description Only the conflicts this account is on (either side) */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityConflictPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminNotificationsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to pending and queued again (a delivery id or an event item's UUID from the failed list) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetriedDeliveryDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminNotificationsController_failed: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries that failed for good (permanent SMTP error or retries exhausted), and events whose delivery job ended without finishing them, most recent first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedDeliveryPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminNotificationsController_preview: {
        parameters: {
            query?: {
                locale?: "zh-CN" | "en";
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template rendered with sample values */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminOrganisationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                kind?: "employer" | "sub_centre" | "association" | "office" | "bureau";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminOrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminOrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminOrganisationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteOfficerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerInvitedDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QualificationController_queue: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                cycleId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualificationQueuePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueueDashboardController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sets an HttpOnly cookie (Path=/admin/queues, 15 minutes) with which a browser can open the queue dashboard at /admin/queues */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDashboardSessionDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewersController_list: {
        parameters: {
            query?: {
                /** @description true: only active; false: only inactive; absent: all */
                active?: boolean;
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                /** @description Count each reviewer’s load (cycleLoad) in this cycle */
                cycleId?: string;
                limit?: number;
                specialty?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expert pool, newest profile first, each with the reviewer’s name, e-mail and load */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerProfilePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerProfileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewersController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutReviewerProfileDto"];
            };
        };
        responses: {
            /** @description Created or replaced. 422 USER_NOT_REVIEWER if the user lacks the reviewer role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerProfileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewersController_listRelations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredRelationPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewersController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareRelationDto"];
            };
        };
        responses: {
            /** @description Recorded for the reviewer. 422 USER_NOT_REVIEWER if the user lacks the reviewer role */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredRelationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminStatsController_get: {
        parameters: {
            query: {
                cycleId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A cycle's counts, pass rates, time per stage, overdue files, reviewer workload and submissions per day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleStatsDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminUsersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                role?: "applicant" | "reviewer" | "admin" | "unit_officer" | "authority_officer";
                status?: "active" | "disabled";
                /** @description Matches e-mail or name */
                text?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminUsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            /** @description Invited; the person receives a link to set a password (valid 7 days) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminUsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminIdentityController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectIdentityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityBindingDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AppealsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                /** @description open: waiting for a decision; decided. Absent: all */
                status?: "open" | "decided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AppealsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AppealsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_list: {
        parameters: {
            query?: {
                /** @description Only returned files past their correction deadline (the dashboard's "corrections overdue") */
                correctionOverdue?: boolean;
                crossProvincial?: boolean;
                /** @description Opaque cursor from the previous page (nextCursor) of the same sort; anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                cycleId?: string;
                /** @description GB/T 2260 province code of the employer */
                homeProvince?: string;
                level?: "assistant" | "intermediate" | "associate_senior" | "full_senior";
                limit?: number;
                /** @description Admins: only my own applications */
                mine?: boolean;
                /** @description Default: desc for createdAt, submittedAt and score; asc for referenceNumber */
                order?: "asc" | "desc";
                /** @description Sort key; files without one (no submission, reference or score yet) come last. score: admins only */
                sort?: "createdAt" | "submittedAt" | "referenceNumber" | "score";
                specialty?: string;
                status?: "draft" | "with_unit" | "submitted" | "returned" | "in_review" | "reviewed" | "public_notice" | "awaiting_confirmation" | "approved" | "rejected" | "withdrawn" | "revoked";
                submittedFrom?: string;
                submittedTo?: string;
                /** @description Searches applicant name, reference number and employer (contains, case-insensitive) from 3 characters on; a 1-2 character text is a name look-up (applicant name equal to it or starting with it). % and _ match themselves. */
                text?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Admins see every file but their own (filters, sorts and text search apply; mine=true: their own, as applicants see them); others their own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            /** @description A draft; 409 names the existing active application of the cycle */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_get: {
        parameters: {
            query?: {
                /** @description Admins: show the full identity number (the view is audited) */
                revealIdentity?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftDto"];
            };
        };
        responses: {
            /** @description Saved as a draft; `version` is incremented */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LodgeAppealController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"][];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LodgeAppealController_lodge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LodgeAppealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LodgeAppealController_rejection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RejectionAnswerDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AssignmentsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignReviewersDto"];
            };
        };
        responses: {
            /** @description All assigned. 422 ASSIGNMENT_REFUSED names each refused reviewer with its code; 409 APPLICATION_NOT_IN_REVIEW; 404 for your own file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AssignmentsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn; the slot is open again. 409 ASSIGNMENT_NOT_ACTIVE once submitted, declined or withdrawn; 404 on your own file */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadAttachmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored bytes with their detected media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AttachmentsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationTrackingController_audit: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CertificatesController_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_eligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryDto"][];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QualificationController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualificationDecisionDto"];
            };
        };
        responses: {
            /** @description The file after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationRecommendationController_recommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RevocationController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevocationPreviewDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RevocationController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDto"];
            };
        };
        responses: {
            /** @description The file after the revocation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewsController_scores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationScoresDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDto"];
            };
        };
        responses: {
            /** @description Submitted with a reference number; a receipt is on its way */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationTrackingController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenAndPasswordDto"];
            };
        };
        responses: {
            /** @description Password set; the account can log in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Logged in; the client address is known to the account from now on (its logins are neither delayed nor refused by the address limit) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The session (refresh-token family) is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description Always 202: if the account exists, a reset link is e-mailed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenAndPasswordDto"];
            };
        };
        responses: {
            /** @description Password changed; every session of the account ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description A new pair; the presented refresh token is spent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description Always 202 with no body for a valid request, whether or not the address has an account: a new address gets its account and a verification e-mail; an address that has an account gets a message telling its owner, and no account is made */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            /** @description E-mail verified; 409 EMAIL_ALREADY_VERIFIED for a used link of a verified account, 400 INVALID_TOKEN otherwise */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    WebSessionController_login: {
        parameters: {
            query?: never;
            header: {
                /** @description Must be `1`; with the Origin check, refuses cross-site requests */
                "X-CSRF-Protection": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Logged in; the refresh token is set as the httpOnly cookie tp_refresh, and the device cookie tp_device (a later login from this browser is known to the account) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    WebSessionController_logout: {
        parameters: {
            query?: never;
            header: {
                /** @description Must be `1`; with the Origin check, refuses cross-site requests */
                "X-CSRF-Protection": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session (refresh-token family) is revoked and the cookie cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    WebSessionController_refresh: {
        parameters: {
            query?: never;
            header: {
                /** @description Must be `1`; with the Origin check, refuses cross-site requests */
                "X-CSRF-Protection": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new access token; the cookie is rotated (the presented token is spent, a spent one coming back ends the session) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_awaiting: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                /** @description Only files of this cycle */
                cycleId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwaitingConfirmationPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmBatchDto"];
            };
        };
        responses: {
            /** @description An identical earlier request’s batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationResultDto"];
                };
            };
            /** @description The new batch (200 with created: false for a repeated request) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationResultDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_files: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchFileDto"][];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_filingCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    BureauController_filingJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDocumentDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CommitteesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every committee, newest first, with its members by name, and the configured rules (minimum sizes, quorum, longest term) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CommitteesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommitteeDto"];
            };
        };
        responses: {
            /** @description 400 VALIDATION_FAILED names each field: COMMITTEE_SIZE_EVEN, COMMITTEE_TOO_SMALL (memberIds), TERM_TOO_LONG (termEnd), MEMBER_NOT_IN_POOL (memberIds[i]) ... */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CommitteesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Admins see every committee, a reviewer only those they sit on (404 otherwise) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CommitteesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommitteeDto"];
            };
        };
        responses: {
            /** @description Changed; the whole committee must still meet every rule (400 naming each field). Meetings already open keep their attendance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CommitteesController_candidates: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who may be a member: the expert pool's active profiles whose account is an active reviewer, with their names (a page may hold fewer than limit: inactive accounts are left out; follow nextCursor) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeCandidatePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                /** @description Only cycles whose submission window is open now */
                open?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CyclePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCycleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCycleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AutoAssignController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued (or, while one is queued or running for the cycle, that run). Read it back at GET cycles/:id/auto-assign/:runId; running it again later assigns only missing slots. The run leaves the requesting admin’s own files to another admin’s run */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignRunDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AutoAssignController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run: queued, running, done with its summary (what was assigned, which files are still short and why; never your own) or failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignRunDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_form: {
        parameters: {
            query: {
                level: "assistant" | "intermediate" | "associate_senior" | "full_senior";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form version this cycle uses for the level */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormVersionDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_settingsSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Schemas a cycle's eligibility policy, evidence rules and rubric are validated with on save, and their defaults */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleSettingsSchemasDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FormsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                level?: "assistant" | "intermediate" | "associate_senior" | "full_senior";
                limit?: number;
                status?: "draft" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version, drafts included, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormVersionPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FormsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFormVersionDto"];
            };
        };
        responses: {
            /** @description A new draft version (the next version number of formKey) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormVersionDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FormsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormVersionDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FormsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published: the version is immutable from now on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormVersionDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationPreferencesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every notification type with its essential flag and the e-mail choice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationPreferencesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePreferencesDto"];
            };
        };
        responses: {
            /** @description The full list after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed. Every other session ended; this session keeps its refresh token and continues with the access token returned (the one presented stops working) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new verification e-mail is queued (nothing happens if already verified) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: {
                /** @description Only this committee's meetings */
                committeeId?: string;
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Latest scheduled first. Admins: every meeting (or one committee's); reviewers: the meetings of the committees they sit on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            /** @description Scheduled; every member is notified (committee.meeting_scheduled). 422 AGENDA_REFUSED names each refused applicationIds[i] with its reason (your own file: APPLICATION_NOT_FOUND, as an unknown one) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Admin: everything but live electronic totals or ballot counts (votingComplete per item), and never the item of your own file. Member of the committee: the agenda with mayVote / canVoteNow per item. Anyone else: 404 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_takePaper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeBallotPaperDto"];
            };
        };
        responses: {
            /** @description A present, entitled member takes their ballot paper for one item, once: records that they take part (nothing else) and returns the paper, to cast later with POST /meetings/{id}/ballots. 403 MEMBER_RECUSED / MEMBER_NOT_PRESENT; 409 ALREADY_VOTED, ITEM_MODE_CONFLICT (paper-tallied), ITEM_VOTING_CLOSED, MEETING_NOT_OPEN */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotPaperDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_ballot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastBallotDto"];
            };
        };
        responses: {
            /** @description Secret ballot of a present member on one item, once: with ballotToken, casts that paper (stored without member or time); without, takes the paper and casts it in one call. 400 BALLOT_TOKEN_INVALID (field ballotToken); 403 MEMBER_RECUSED / MEMBER_NOT_PRESENT / BALLOT_PAPER_NOT_TAKEN; 409 ALREADY_VOTED, ITEM_MODE_CONFLICT, ITEM_VOTING_CLOSED, MEETING_NOT_OPEN; 503 BALLOT_NOT_RECORDED with details.ballotToken to cast again */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotReceiptDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closed in one transaction: the electronic totals counted from the cast ballots, passed files on public notice, failed ones rejected (stage committee_vote); the minutes. 409 MEETING_NOT_OPEN when already closed; 422 ITEMS_NOT_VOTED names each item whose vote is still open (an entitled present member has not voted, and neither a tally nor the chair closed it); 404 MEETING_NOT_FOUND when your own file is on the agenda */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_closeItemVoting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseItemVotingDto"];
            };
        };
        responses: {
            /** @description The committee's chair ends the electronic vote on one item before every entitled member has voted, with a reason (audited, in the minutes); members who did not vote count as not yes. 403 NOT_CHAIR, MEMBER_RECUSED; 409 ITEM_VOTING_CLOSED, ITEM_MODE_CONFLICT (paper-tallied), MEETING_NOT_OPEN */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemVotingClosedDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_dossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A committee member's dossier of one agenda item, while the meeting is scheduled or open: the review panel's aggregate and spread flag, the reviews' totals, recommendations and comments without their reviewers, the eligibility result, the evidence list. 404 MEETING_NOT_FOUND for anyone not on the committee (admins included); 404 DOSSIER_NOT_FOUND for a file not on the agenda or one the member is recused from; 409 MEETING_CLOSED once closed (the minutes are the record) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDossierDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Attendance, quorum, per item the totals, outcome and recusals; no individual vote; an admin never sees the item of their own file. 409 MEETING_NOT_CLOSED before the close */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMeetingDto"];
            };
        };
        responses: {
            /** @description Opened with the attendance and recusals fixed. 422 QUORUM_NOT_MET says how many members are missing; 409 MEETING_NOT_SCHEDULED; 404 MEETING_NOT_FOUND when your own file is on the agenda */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeetingsController_tally: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTallyDto"];
            };
        };
        responses: {
            /** @description Paper-ballot tally of one item (replaces an earlier one). 400 when the counts exceed the entitled present members; 409 ITEM_MODE_CONFLICT when members voted electronically; 404 MEETING_NOT_FOUND when your own file is on the agenda */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedTallyDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                /** @description true: only unread; false: only read; absent: all */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read (idempotent: the first read time is kept) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    InboxController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    InboxController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ObjectionsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                status?: "unconfirmed" | "open" | "upheld" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Objections oldest first (the order to handle them), e.g. ?status=open; phones masked; never those to your own files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ObjectionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 for an objection to your own file, as for an unknown one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ObjectionsController_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objector’s e-mail and full phone number, to reach them; every view is recorded in the audit log. 404 for an objection to your own file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionContactDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ObjectionsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            /** @description upheld: the file is rejected with the note as reason, or with reReview back in expert review (previous assignments closed, a new panel needed); dismissed: nothing else changes. 409 OBJECTION_ALREADY_RESOLVED; 409 when the file is no longer on notice; 404 for an objection to your own file (dismissing included) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicCertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateVerificationDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicInformationController_openCycles: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCyclePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicNoticesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Files on notice now, newest first: name, employer, level, specialty, cycle and the period only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNoticeListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicNoticesController_lodge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LodgeObjectionDto"];
            };
        };
        responses: {
            /** @description Lodged. An e-mail address given gets only a confirmation link (nothing the objector typed); the receipt follows confirmation (POST public/objections/confirm-email). With a phone number the objection is open at once and the office is notified; with only an e-mail it is unconfirmed until confirmed, and reaches the office then. 409 NOTICE_PERIOD_OVER outside the notice period; 400 names each bad field (e-mail or phone is required) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionReceiptDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicObjectionsController_confirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmObjectionEmailDto"];
            };
        };
        responses: {
            /** @description Address confirmed: the receipt is mailed to it, and an objection that gave only this address goes to the office. 400 INVALID_TOKEN for a link unknown, used or expired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionReceiptDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicInformationController_describeOffice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOfficeDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PublicInformationController_regions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionListDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewerConflictsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's relations, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredRelationPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewerConflictsController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareRelationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredRelationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewerConflictsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                relationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. 404 RELATION_NOT_FOUND for another reviewer's relation or none */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                status?: "assigned" | "draft" | "submitted" | "declined" | "withdrawn" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's assignments, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewWithRubricDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveReviewDto"];
            };
        };
        responses: {
            /** @description Saved as a draft (partial scores allowed, each within its range). 409 STALE_VERSION when `updatedAt` is given and the review changed since */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewWithRubricDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    DeclineReviewController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineReviewDto"];
            };
        };
        responses: {
            /** @description Declined; the slot opens for another reviewer. 409 ASSIGNMENT_NOT_ACTIVE once submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclinedDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerFileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_fileEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerEvidenceListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_downloadFileEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored bytes with their detected media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_fileEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminReviewsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenReviewDto"];
            };
        };
        responses: {
            /** @description Back to draft while the file is under review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReviewsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Final unless an admin reopens it; the last review of a file moves it to reviewed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewWithRubricDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_queue: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitQueuePageDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitFileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_evidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerEvidenceListDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_downloadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored bytes with their detected media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitDeclineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitFileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_posting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPostingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_recommend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitRecommendDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitFileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The object is not in a state that allows this; `details` lists every problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitFilesController_returnFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitFileDto"];
                };
            };
            /** @description Invalid request: `details` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict with the current state (stale version, duplicate, someone acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unexpected error; the body carries the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    HealthLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status: string;
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL is reachable and migrated, Redis is reachable, and so is the evidence bucket when STORAGE_DRIVER=s3 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition; send Authorization: Bearer <METRICS_TOKEN> */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found (also returned for objects the caller may not see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorBodyDto"];
                };
            };
            /**
             * @description Unexpected error; the body carries the request id
             *
             *     Unexpected error; the body carries the request id
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}
