import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyRole, CurrentUser, Public, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam } from '@app/common';
import { ApplicationsService } from '@app/applications';
import { CertificatesService, RevocationService } from '@app/certificates';
import type { AuthUser } from '@app/identity';
import { ApplicationDto } from '../applications/dto/application.dto';
import { RateLimit } from '../http/throttling';
import { CertificateDetailsDto, CertificateVerificationDto, RevocationPreviewDto, RevokeDto } from './dto/certificate.dto';

/** The certificate of an approved file, for its holder and admins. */
@ApiTags('certificates')
@ApiBearerAuth('bearer')
@AnyRole()
@Controller('applications/:id/certificate')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @ApiOperation({
    summary: 'The certificate as a PDF (holder or admin)',
    description:
      'A4 PDF with the holder, title, specialty, cycle, evaluating body, the bureau’s approval document number (certificates from before the confirmation: the file’s reference number as approval reference), date obtained, date of issue, certificate number, the cross-provincial note where it applies, ' +
      'and a QR code of the public verification page. A revoked certificate is marked revoked with the date and reason. 404 CERTIFICATE_NOT_FOUND for a file without one and for anyone but the holder and admins.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(401, 403, 404)
  async pdf(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { number, pdf } = await this.certificates.pdf(user, id);
    void reply.header('Cache-Control', 'private, no-store').header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="certificate-${number}.pdf"`, length: pdf.length });
  }

  @Get('details')
  @ApiOperation({
    summary: 'The certificate as data (holder or admin): number, dates, the verification code and page, and once revoked the reason and the end of the bar',
    description: '404 CERTIFICATE_NOT_FOUND as for the PDF.',
  })
  @ApiOkResponse({ type: CertificateDetailsDto })
  @ApiErrors(401, 403, 404)
  async details(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<CertificateDetailsDto> {
    void reply.header('Cache-Control', 'private, no-store');
    return CertificateDetailsDto.from(await this.certificates.details(user, id));
  }
}

/** Admin revocation of an approved title (domain.md §8). */
@ApiTags('admin: revocation')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('applications/:id/revoke')
export class RevocationController {
  constructor(
    private readonly revocation: RevocationService,
    private readonly applications: ApplicationsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'What revoking this approved title now would bar (shown before confirming)',
    description: 'The end of the bar its holder would get (a later bar already set is kept); 404 for your own file; 409 INVALID_TRANSITION when the file is not approved.',
  })
  @ApiOkResponse({ type: RevocationPreviewDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async preview(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<RevocationPreviewDto> {
    const preview = await this.revocation.preview(admin, id);
    return { barredUntil: preview.barredUntil.toISOString(), barYears: preview.barYears };
  }

  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Revoke an approved title',
    description:
      'The file becomes revoked, its certificate shows as revoked with the reason (PDF and public verification), and the holder is barred from submitting until midnight (Asia/Shanghai) ' +
      'of the same day REVOCATION_BAR_YEARS later (a later bar already set is kept). The holder is notified (title.revoked). 400 naming `reason`; 404 for your own file; ' +
      '409 INVALID_TRANSITION when the file is not approved (e.g. revoked already).',
  })
  @ApiOkResponse({ type: ApplicationDto, description: 'The file after the revocation' })
  @ApiErrors(400, 401, 403, 404, 409)
  async revoke(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: RevokeDto): Promise<ApplicationDto> {
    await this.revocation.revoke(admin, id, dto.reason);
    return ApplicationDto.fromView(await this.applications.view(admin, id));
  }
}

/** Anyone verifies a certificate by the code its QR code carries (no login, rate-limited). */
@ApiTags('public: certificates')
@Public()
@Controller('public/certificates')
export class PublicCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':code')
  @RateLimit('verify')
  @ApiOperation({
    summary: 'Verify a certificate by its verification code',
    description:
      'Answers valid or revoked with the holder’s name, title, specialty, date obtained, date of issue and the bureau’s approval document number (null on certificates from before the confirmation), nothing else. 404 CERTIFICATE_NOT_FOUND for an unknown code. ' +
      'By code only: certificate numbers are sequential, so a lookup by number would let anyone list holders; the code (printed as the QR code beside the number) is unguessable.',
  })
  @ApiOkResponse({ type: CertificateVerificationDto })
  @ApiErrors(404)
  async verify(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<CertificateVerificationDto> {
    // A revocation must show at once: no shared cache keeps a "valid" answer.
    void reply.header('Cache-Control', 'no-store');
    return CertificateVerificationDto.from(await this.certificates.verify(code));
  }
}
