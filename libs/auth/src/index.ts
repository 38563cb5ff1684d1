export * from './decorators/access.decorators';
export * from './decorators/current-user.decorator';
export * from './guards/access.guard';
export * from './guards/local-auth.guard';
export * from './login.dto';
export * from './auth.module';
