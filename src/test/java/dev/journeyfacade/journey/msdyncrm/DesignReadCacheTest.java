package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The design read cache: by the whole text, bounded by weight (twice the text), least
 * recently used out first.
 */
class DesignReadCacheTest {

	private final List<String> reads = Collections.synchronizedList(new ArrayList<>());

	private final Function<String, Integer> read = text -> {
		reads.add(text);
		return text.length();
	};

	@Test
	void readsEachTextOnce() {
		DesignReadCache<Integer> cache = new DesignReadCache<>(100);

		cache.get("abc", read);
		cache.get("abc", read);
		cache.get("abd", read);

		assertThat(reads).containsExactly("abc", "abd");
	}

	@Test
	void readsATextHeavierThanAQuarterOfTheBoundEveryTime() {
		DesignReadCache<Integer> cache = new DesignReadCache<>(12); // "abcd" weighs 8

		cache.get("abcd", read);
		cache.get("abcd", read);

		assertThat(reads).containsExactly("abcd", "abcd");
	}

	@Test
	void theLeastRecentlyUsedTextLeavesFirst() {
		DesignReadCache<Integer> cache = new DesignReadCache<>(32); // four of weight 8
		cache.get("aaaa", read);
		cache.get("bbbb", read);
		cache.get("cccc", read);
		cache.get("dddd", read);
		cache.get("aaaa", read); // used again: bbbb is now the eldest

		cache.get("eeee", read);
		cache.get("aaaa", read);
		cache.get("cccc", read);
		cache.get("dddd", read);
		cache.get("bbbb", read);

		assertThat(reads).containsExactly("aaaa", "bbbb", "cccc", "dddd", "eeee", "bbbb");
	}

	@Test
	void twoLargeTextsReadInTurnStayKept() {
		DesignReadCache<Integer> cache = new DesignReadCache<>(80);
		String first = "a".repeat(10);
		String second = "b".repeat(10);

		for (int i = 0; i < 3; i++) {
			cache.get(first, read);
			cache.get(second, read);
		}

		assertThat(reads).containsExactly(first, second);
	}

	@Test
	void parallelReadsKeepTheBound() throws Exception {
		DesignReadCache<Integer> cache = new DesignReadCache<>(40); // five of weight 8
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int i = 0; i < 400; i++) {
				String text = "t" + String.format("%03d", i % 40);
				pool.execute(() -> cache.get(text, read));
			}
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
		reads.clear();

		for (int i = 0; i < 40; i++) {
			cache.get("t" + String.format("%03d", i), read);
		}

		// at most five were still kept, so at least 35 of the 40 are read again
		assertThat(reads).hasSizeGreaterThanOrEqualTo(35);
	}

}
