import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ApiErrors } from '@app/common';
import { ObjectionsService } from '@app/notice';
import { RateLimit } from '../http/throttling';
import { ConfirmObjectionEmailDto, ObjectionReceiptDto } from './dto/notice.dto';

/** An objector, without an account, confirms the e-mail address they gave (the link mailed to it opens the web page that posts here). */
@ApiTags('public: notices')
@Public()
@Controller('public/objections')
export class PublicObjectionsController {
  constructor(private readonly objections: ObjectionsService) {}

  @Post('confirm-email')
  @HttpCode(200)
  @RateLimit('verify')
  @ApiOkResponse({
    type: ObjectionReceiptDto,
    description: 'Address confirmed: the receipt is mailed to it, and an objection that gave only this address goes to the office. 400 INVALID_TOKEN for a link unknown, used or expired',
  })
  @ApiErrors(400)
  async confirmEmail(@Body() dto: ConfirmObjectionEmailDto): Promise<ObjectionReceiptDto> {
    return ObjectionReceiptDto.from(await this.objections.confirmEmail(dto.token));
  }
}
