import { Module } from '@nestjs/common';

/** HTTP routes for cycles, forms, applications and their evidence. */
@Module({
  controllers: [],
})
export class ApplicationsHttpModule {}
