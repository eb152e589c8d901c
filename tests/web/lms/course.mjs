// The set-up every LMS suite shares: the game packaged with the given
// options, one of its zips unpacked and served by the test LMS, and a browser.
import { rm } from 'node:fs/promises';
import { makePackages, extract, startLms } from './server.mjs';
import { launchBrowser } from './play.mjs';

// Returns { pk, pkgDir, lms, browser, close }. close() tears down whatever was
// set up, also when a step failed half-way.
export async function openCourse(packageArgs, format, { route } = {}) {
  const course = {
    async close() {
      await course.browser?.close();
      await course.lms?.close();
      if (course.pkgDir) await rm(course.pkgDir, { recursive: true, force: true });
      await course.pk?.cleanup();
    },
  };
  try {
    course.pk = await makePackages(packageArgs);
    course.pkgDir = await extract(course.pk.zips[format]);
    course.lms = await startLms({ pkgDir: course.pkgDir, route });
    course.browser = await launchBrowser();
  } catch (e) {
    await course.close();
    throw e;
  }
  return course;
}
