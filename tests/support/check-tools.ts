// `npm test` runs this first: a missing Chromium or nginx stops them at once.
import { requireTools } from './tools';

requireTools();
