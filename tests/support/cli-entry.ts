import { main } from '../../src/cli/main';

// Runs the CLI from sources (no build needed), for tests that spawn it as a process.
void main(process.argv);
