package dev.journeyfacade.journey.msdyncrm.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random valid designs as a caller would send them: new tiles of every kind (unknown
 * custom tiles included), every field that has a default for new tiles filled in, so that
 * what comes back can be compared field by field.
 */
final class RandomDesigns {

	private static final String[] WORDS = { "Welcome", "Näher", "\"quoted\"", "back\\slash", "日本", "a/b", "", "x y" };

	private final Random random;

	private int budget;

	private int customItemId = 1000;

	RandomDesigns(long seed) {
		this.random = new Random(seed);
	}

	JourneyDesign next() {
		budget = 1 + random.nextInt(30);
		List<Tile> tiles = new ArrayList<>();
		int groups = 1 + random.nextInt(2);
		for (int i = 0; i < groups; i++) {
			tiles.add(segmentGroup(0));
		}
		return new JourneyDesign(null, tiles);
	}

	private List<Tile> next(int depth) {
		List<Tile> next = new ArrayList<>();
		int count = budget <= 0 || depth > 8 ? 0 : random.nextInt(3);
		for (int i = 0; i < count; i++) {
			next.add(tile(depth + 1));
		}
		return next;
	}

	/** At least one tile, whatever the budget: for the branches a trigger must have. */
	private List<Tile> branch(int depth) {
		List<Tile> tiles = next(depth);
		if (tiles.isEmpty()) {
			tiles.add(tile(depth + 1));
		}
		return tiles;
	}

	private Tile tile(int depth) {
		budget--;
		switch (random.nextInt(16)) {
			case 0:
				return segmentGroup(depth);
			case 1:
				List<EmailContent> content = new ArrayList<>();
				for (int i = random.nextInt(3); i > 0; i--) {
					content.add(new EmailContent(pick(EmailContentType.values()), guidOrNull(), word(),
							random.nextBoolean(), wordOrNull(), null, unmodeled()));
				}
				return new EmailTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(), content,
						unmodeled(), next(depth));
			case 2:
				return new LandingPageTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(), unmodeled(),
						next(depth));
			case 3:
				return new EventTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(), unmodeled(),
						next(depth));
			case 4:
				return new SurveyTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(), unmodeled(),
						next(depth));
			case 5:
				return new MarketingFormTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(),
						unmodeled(), next(depth));
			case 6:
				return new LinkedInCampaignTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(),
						unmodeled(), next(depth));
			case 7:
				return new CreateActivityTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(),
						unmodeled(), next(depth));
			case 8:
				return new LaunchWorkflowTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(),
						unmodeled(), next(depth));
			case 9:
				return new CreateLeadTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(), unmodeled(),
						next(depth));
			case 10:
				return new RecordUpdateTile(null, word(), random.nextBoolean(), wordOrNull(), guidOrNull(), unmodeled(),
						next(depth));
			case 11:
				return new SchedulerTile(null, word(), random.nextBoolean(), wordOrNull(), unmodeled(), next(depth));
			case 12:
				return new TriggerTile(null, word(), random.nextBoolean(), wordOrNull(), unmodeled(), branch(depth),
						branch(depth));
			case 13:
				List<Tile> branches = new ArrayList<>();
				for (int i = 2 + random.nextInt(2); i > 0; i--) {
					branches.add(new SplitterBranchTile(null, word(), random.nextBoolean(), wordOrNull(), unmodeled(),
							next(depth + 1)));
				}
				return new SplitterTile(null, word(), random.nextBoolean(), wordOrNull(), unmodeled(), branches);
			default:
				return unknown(depth);
		}
	}

	private SegmentGroupTile segmentGroup(int depth) {
		List<SegmentItem> segments = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			segments.add(new SegmentItem(guidOrNull(), pick(SegmentContainment.values()), word(), random.nextBoolean(),
					word(), wordOrNull(), word(), word(), null, unmodeled()));
		}
		return new SegmentGroupTile(null, word(), random.nextBoolean(), wordOrNull(), pick(SegmentMergeMethod.values()),
				segments, unmodeled(), next(depth));
	}

	/**
	 * A custom-channel tile: its own type id, item and properties, as a frontend would
	 * pass one through.
	 */
	private UnknownTile unknown(int depth) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("ItemId", guidOrNull());
		item.put("ActivityTypeId", "custom_" + random.nextInt(3));
		item.put("ActivityItemId", customItemId++);
		item.put("Template", value(1));
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("ActivityTypeId", "custom_" + random.nextInt(3));
		activity.put("Properties", Map.of("Items", List.of(item)));
		activity.put("ChannelSetting", value(1));
		return new UnknownTile(activity, next(depth));
	}

	private Map<String, Object> unmodeled() {
		Map<String, Object> unmodeled = new LinkedHashMap<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			unmodeled.put("X" + random.nextInt(1000), value(0));
		}
		return unmodeled;
	}

	private Object value(int depth) {
		switch (random.nextInt(depth > 1 ? 5 : 7)) {
			case 0:
				return word();
			case 1:
				return random.nextInt(100_000) - 50_000;
			case 2:
				return random.nextBoolean();
			case 3:
				return null;
			case 4:
				return random.nextInt(1000) / 8.0;
			case 5:
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("k" + random.nextInt(10), value(depth + 1));
				map.put("z", value(depth + 1));
				return map;
			default:
				List<Object> list = new ArrayList<>();
				list.add(value(depth + 1));
				list.add(value(depth + 1));
				return list;
		}
	}

	private String word() {
		return WORDS[random.nextInt(WORDS.length)] + random.nextInt(100);
	}

	private String wordOrNull() {
		return random.nextInt(3) == 0 ? null : word();
	}

	private String guidOrNull() {
		return random.nextInt(4) == 0 ? null : new UUID(random.nextLong(), random.nextLong()).toString();
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

}
