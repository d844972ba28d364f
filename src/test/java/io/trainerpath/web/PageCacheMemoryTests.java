package io.trainerpath.web;

import java.lang.management.ManagementFactory;
import java.util.Random;

import com.github.benmanes.caffeine.cache.Cache;
import io.trainerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone can send any address, without logging in. Whatever they send, the page cache keeps no more
 * than its budget: junk parameters are never kept, and new addresses of real pages (searches) evict
 * older ones once the budget is spent, their addresses counted too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheMemoryTests {

	private static final String ESTIMATE = "/salary/estimate?band=domain-trainer&domain=law&experience=experience-some"
			+ "&location=location-other-city&employment=employment-employee&company=company-smaller"
			+ "&complexity=complexity-analytical&hours=40";

	@LocalServerPort
	int port;

	@Autowired
	CacheManager cacheManager;

	@Autowired
	PageCacheProperties properties;

	/**
	 * The cache's budget is lowered to 2 MB for the flood (and put back after), so a few hundred new
	 * searches are enough to spend it several times over: the weigher and eviction under test are the
	 * same whatever the budget.
	 */
	@Test
	void aFloodOfJunkAndNewAddressesStaysWithinTheBudget() {
		Http http = new Http(port);
		Cache<Object, Object> pages = pages();
		var eviction = pages.policy().eviction().orElseThrow();
		long budget = 2 * 1024 * 1024;
		pages.invalidateAll();
		eviction.setMaximum(budget);
		try {
			long before = liveHeap();
			String junk = "j".repeat(100 * 1024);
			Random random = new Random(42);

			for (int i = 0; i < 100; i++) {
				assertThat(http.get("/salary?z" + i + "=" + junk).statusCode()).isEqualTo(200);
				assertThat(http.get(ESTIMATE + "&z" + i + "=" + junk).statusCode()).isEqualTo(200);
				assertThat(http.get("/guide?z" + i + "=x").statusCode()).isEqualTo(200);
			}
			long keptAfterJunk = pages.estimatedSize();
			int searches = 400;
			for (int i = 0; i < searches; i++) {
				http.get("/search?q=pay+" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
			}
			pages.cleanUp();
			long growth = liveHeap() - before;

			assertThat(keptAfterJunk).as("answers kept for addresses with unknown parameters").isZero();
			assertThat(pages.estimatedSize()).as("searches still kept, after older ones were evicted")
				.isPositive()
				.isLessThan(searches);
			assertThat(eviction.weightedSize().orElseThrow()).isLessThanOrEqualTo(budget);
			// 20 MB of junk went in: kept, even in part, it would show here
			assertThat(growth).as("live heap growth, bytes").isLessThan(budget + 8 * 1024 * 1024);
		}
		finally {
			eviction.setMaximum(properties.maximumBytes());
			pages.invalidateAll();
		}
	}

	@SuppressWarnings("unchecked")
	private Cache<Object, Object> pages() {
		return ((CaffeineCache) cacheManager.getCache(PageCacheFilter.CACHE)).getNativeCache();
	}

	/** Heap still in use after full collections: what the flood left behind. */
	private static long liveHeap() {
		var memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			memory.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
