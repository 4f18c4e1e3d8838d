/**
 * A real headless Chromium for tests of pages ({@link dev.agentruntime.testing.browser.HeadlessChromium}):
 * open a page, type, click, wait for the DOM, read it, take a screenshot — over the Chrome DevTools
 * Protocol, with nothing but the JDK and Jackson.
 */
@NullMarked
package dev.agentruntime.testing.browser;

import org.jspecify.annotations.NullMarked;
