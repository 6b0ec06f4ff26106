import { describeApiFuzz } from '@rapport/testing/services';
import { startInterviewsApp } from './interviews-test-app';

// Member routes are called by the path's member; the question bank by any member.
describeApiFuzz('interviews', { start: startInterviewsApp, seed: 19 });
