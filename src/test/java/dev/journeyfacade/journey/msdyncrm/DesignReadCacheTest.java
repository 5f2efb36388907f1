package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The design read cache: by the whole text, bounded by the text it holds. */
class DesignReadCacheTest {

	private final List<String> reads = new ArrayList<>();

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
	void readsATextLongerThanTheBoundEveryTime() {
		DesignReadCache<Integer> cache = new DesignReadCache<>(4);

		cache.get("too long", read);
		cache.get("too long", read);

		assertThat(reads).hasSize(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void startsOverWhenANewTextWouldPassTheBound() {
		DesignReadCache<Integer> cache = new DesignReadCache<>(10);
		cache.get("aaaa", read);
		cache.get("bbbb", read);

		cache.get("cccc", read);

		assertThat(cache.size()).isEqualTo(1);
		cache.get("cccc", read);
		cache.get("aaaa", read);
		assertThat(reads).containsExactly("aaaa", "bbbb", "cccc", "aaaa");
	}

}
