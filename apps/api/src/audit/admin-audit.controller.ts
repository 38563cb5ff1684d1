import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { AuditChainVerifier } from '@app/audit';
import { ApplicationTrackingService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import { ApiErrors, DEFAULT_PAGE_SIZE } from '@app/common';
import { AuditEntryDto, AuditPageDto, AuditQueryDto, ChainVerificationDto } from './dto/audit.dto';

/** The audit log for administrators: who did what, and whether the chain is intact. */
@ApiTags('admin: audit')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/audit')
export class AdminAuditController {
  constructor(
    private readonly tracking: ApplicationTrackingService,
    private readonly verifier: AuditChainVerifier,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Audit entries, newest first, filtered by actor, action, target (type and id) and time range; cursor pagination; never the entries about your own files' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() admin: AuthUser, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const page = await this.tracking.auditLog(admin, { ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((e) => AuditEntryDto.from(e)), nextCursor: page.nextCursor };
  }

  @Get('verify')
  @ApiOperation({
    summary: 'Verify the hash chain of the whole audit log',
    description: 'Walks every entry in chain order; `valid: false` names the first entry that does not fit and what mismatched. Reads the whole log: seconds for millions of entries.',
  })
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiErrors(401, 403)
  async verify(): Promise<ChainVerificationDto> {
    return ChainVerificationDto.from(await this.verifier.verify());
  }
}
