import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SignInSweep } from './sign-in-sweep';

/** Every instance ticks this often; the window's lease lets one of them sweep. */
export const SWEEP_WINDOW_MS = 15 * 60 * 1000;

/**
 * Runs the sign-in sweep periodically on every gateway instance (one wins each window's lease).
 * A plain timer is right here: this is housekeeping, not business time, and a missed or late tick
 * only deletes garbage later. The first tick is one window after start, not at start-up.
 */
@Injectable()
export class SweepSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepSchedule.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly sweep: SignInSweep) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), SWEEP_WINDOW_MS);
    // The timer must not keep a stopping process alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    try {
      const report = await this.sweep.sweepInWindow(SWEEP_WINDOW_MS);
      if (report.ran) this.logger.log(`sign-in sweep: ${JSON.stringify(report.removed)} removed`);
    } catch (error) {
      this.logger.warn(`sign-in sweep failed, next window retries: ${String(error)}`);
    }
  }
}
