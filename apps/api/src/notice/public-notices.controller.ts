import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { ObjectionsService, PublicNoticeService } from '@app/notice';
import { RateLimit } from '../http/throttling';
import { LodgeObjectionDto, ObjectionReceiptDto, PublicNoticeDto, PublicNoticeListDto } from './dto/notice.dto';

/** The public notice (公示): what anyone may read and the objections anyone may lodge, without an account. */
@ApiTags('public: notices')
@Public()
@Controller('public/notices')
export class PublicNoticesController {
  constructor(
    private readonly notices: PublicNoticeService,
    private readonly objections: ObjectionsService,
  ) {}

  @Get()
  @RateLimit('public')
  @ApiOkResponse({ type: PublicNoticeListDto, description: 'Files on notice now, newest first: name, employer, level, specialty, cycle and the period only' })
  @ApiErrors(400)
  async list(@Query() query: CursorQueryDto): Promise<PublicNoticeListDto> {
    const page = await this.notices.listOpen({ limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map(PublicNoticeDto.from), nextCursor: page.nextCursor };
  }

  @Post(':id/objections')
  @HttpCode(201)
  @RateLimit('objection')
  @ApiCreatedResponse({
    type: ObjectionReceiptDto,
    description:
      'Lodged. An e-mail address given gets only a confirmation link (nothing the objector typed); the receipt follows confirmation (POST public/objections/confirm-email). With a phone number the objection is open at once and the office is notified; with only an e-mail it is unconfirmed until confirmed, and reaches the office then. 409 NOTICE_PERIOD_OVER outside the notice period; 400 names each bad field (e-mail or phone is required)',
  })
  @ApiErrors(400, 404, 409)
  async lodge(@Param('id', ParseUuidParam) id: string, @Body() dto: LodgeObjectionDto): Promise<ObjectionReceiptDto> {
    return ObjectionReceiptDto.from(await this.objections.lodge(id, dto));
  }
}
