/**
 * Preact runs effects after the next frame: requestAnimationFrame raced by a 100 ms timer that then
 * calls cancelAnimationFrame. When that timer outlives a jsdom test file (effects scheduled by a
 * live query just before the last test's teardown), jsdom's globals are gone and it throws an
 * unhandled error into an unrelated run. In tests, effects run on the next task instead.
 */
import { options } from 'preact';

options.requestAnimationFrame = (flush) => setTimeout(flush);
