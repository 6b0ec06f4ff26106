import { describeApiFuzz } from '@rapport/testing/services';
import { startExplorationApp } from '../testing/exploration-test-app';

// Every route is a member's: the path's member calls it.
describeApiFuzz('exploration', { start: startExplorationApp, seed: 19 });
