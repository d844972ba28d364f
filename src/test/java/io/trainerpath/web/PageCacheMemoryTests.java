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

	@Test
	void aFloodOfJunkAndNewAddressesStaysWithinTheBudget() {
		Http http = new Http(port);
		Cache<Object, Object> pages = pages();
		pages.invalidateAll();
		long before = liveHeap();
		String junk = "j".repeat(100 * 1024);
		Random random = new Random(42);

		for (int i = 0; i < 400; i++) {
			assertThat(http.get("/salary?z" + i + "=" + junk).statusCode()).isEqualTo(200);
			assertThat(http.get(ESTIMATE + "&z" + i + "=" + junk).statusCode()).isEqualTo(200);
			assertThat(http.get("/guide?z" + i + "=x").statusCode()).isEqualTo(200);
		}
		long keptAfterJunk = pages.estimatedSize();
		for (int i = 0; i < 2_500; i++) {
			http.get("/search?q=pay+" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
		}
		pages.cleanUp();
		long growth = liveHeap() - before;

		assertThat(keptAfterJunk).as("answers kept for addresses with unknown parameters").isZero();
		assertThat(pages.policy().eviction().orElseThrow().weightedSize().orElseThrow())
			.isLessThanOrEqualTo(properties.maximumBytes());
		assertThat(growth).as("live heap growth, bytes").isLessThan(properties.maximumBytes() + 16 * 1024 * 1024);
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
