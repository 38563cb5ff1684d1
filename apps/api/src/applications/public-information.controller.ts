import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, LocalizedTextDto } from '@app/common';
import { CyclesService, HostOffice, PROVINCES } from '@app/applications';
import { RateLimit } from '../http/throttling';
import { DistrictDto, PublicCyclePageDto, PublicCycleDto, PublicOfficeDto, RegionListDto } from './dto/public-cycle.dto';

/** What someone deciding whether to apply may read without an account: the office, the cycles open now and their conditions. */
@ApiTags('public: cycles')
@Public()
@RateLimit('public')
@Controller('public')
export class PublicInformationController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly office: HostOffice,
  ) {}

  @Get('office')
  @ApiOperation({ summary: 'The evaluation office this portal runs for: its host province and the body that evaluates' })
  @ApiOkResponse({ type: PublicOfficeDto })
  describeOffice(): PublicOfficeDto {
    return PublicOfficeDto.from(this.office);
  }

  @Get('cycles')
  @ApiOperation({
    summary: 'Cycles whose submission window is open now, newest first',
    description: "Each with its window, specialties and, per level, the education and experience routes, the achievement condition and the evidence to upload, worded in both languages from the cycle's own policy.",
  })
  @ApiOkResponse({ type: PublicCyclePageDto })
  @ApiErrors(400)
  async openCycles(@Query() query: CursorQueryDto): Promise<PublicCyclePageDto> {
    const page = await this.cycles.list({ open: true, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map(PublicCycleDto.from), nextCursor: page.nextCursor };
  }

  @Get('regions')
  @ApiOperation({
    summary: "The regions the application form's employer region is chosen from: the provinces, and the host province's districts and counties",
    description:
      "Each province as the 6-digit code the form stores for the whole province (PP0000) with its name in both languages; the host province also lists its districts and counties (GB/T 2260), whose codes match a designer to their district's design-service sub-centre. The same lists the form data and a sub-centre's district are checked against.",
  })
  @ApiOkResponse({ type: RegionListDto })
  regions(): RegionListDto {
    const districts = this.office.districts.map(DistrictDto.from);
    return {
      items: PROVINCES.map((p) => ({
        code: `${p.code}0000`,
        name: LocalizedTextDto.from(p.name),
        ...(p.code === this.office.provinceCode && districts.length ? { districts } : {}),
      })),
    };
  }
}
