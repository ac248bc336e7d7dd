package org.liaison.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * The vocabulary the generator draws from: places, disciplines, topics and sentences of the kind
 * the seed articles hold. Pools are small on purpose: in real data most strings repeat (titles,
 * cities, topics, the names of the same institutions), and the share of distinct strings is part of
 * what a loader's heap footprint depends on.
 */
final class Words {
  private Words() {}

  static final List<String[]> CITIES =
      List.of(
          new String[] {"Wuhan", "Hubei", "武汉"}, new String[] {"Shanghai", "Shanghai", "上海"},
          new String[] {"Hangzhou", "Zhejiang", "杭州"}, new String[] {"Ningbo", "Zhejiang", "宁波"},
          new String[] {"Wenzhou", "Zhejiang", "温州"}, new String[] {"Nanjing", "Jiangsu", "南京"},
          new String[] {"Suzhou", "Jiangsu", "苏州"}, new String[] {"Shangrao", "Jiangxi", "上饶"},
          new String[] {"Nanchang", "Jiangxi", "南昌"}, new String[] {"Beijing", "Beijing", "北京"},
          new String[] {"Tianjin", "Tianjin", "天津"}, new String[] {"Chengdu", "Sichuan", "成都"},
          new String[] {"Chongqing", "Chongqing", "重庆"}, new String[] {"Xi'an", "Shaanxi", "西安"},
          new String[] {"Shenzhen", "Guangdong", "深圳"},
              new String[] {"Guangzhou", "Guangdong", "广州"},
          new String[] {"Changsha", "Hunan", "长沙"}, new String[] {"Zhengzhou", "Henan", "郑州"},
          new String[] {"Jinan", "Shandong", "济南"}, new String[] {"Qingdao", "Shandong", "青岛"},
          new String[] {"Hefei", "Anhui", "合肥"}, new String[] {"Fuzhou", "Fujian", "福州"},
          new String[] {"Kunming", "Yunnan", "昆明"}, new String[] {"Nanning", "Guangxi", "南宁"});

  static final List<String> DISCIPLINES =
      List.of(
          "Information Engineering",
          "Economics and Law",
          "Mechanical Engineering",
          "Intelligent Manufacturing",
          "Finance and Trade",
          "Digital Commerce",
          "Logistics",
          "Tourism and Hospitality",
          "Foreign Languages",
          "Art and Design",
          "Civil Engineering",
          "Electronic Information",
          "Automotive Engineering",
          "Health Sciences",
          "Modern Agriculture",
          "Marxism",
          "International Education",
          "Continuing Education",
          "Accounting",
          "Nursing",
          "Rail Transit",
          "Aviation Services",
          "Big Data and Artificial Intelligence",
          "Public Security");

  static final List<String> INDUSTRIES =
      List.of(
          "Intelligent Technology",
          "Smart Logistics",
          "New Energy",
          "Digital Technology",
          "Supply Chain Management",
          "Electronic Commerce",
          "Biomedicine",
          "Semiconductor",
          "Cultural Tourism",
          "Advanced Materials",
          "Cold Chain Logistics",
          "Drone Systems");

  static final List<String> BRANDS =
      List.of(
          "Qiangfeng",
          "Carbonbay",
          "Huaxin",
          "Zhongke",
          "Tianyu",
          "Hengtai",
          "Jinlong",
          "Ruifeng",
          "Xinghe",
          "Dongfang",
          "Haina",
          "Yuanwang",
          "Kaiyuan",
          "Mingde",
          "Shengshi",
          "Boyuan");

  static final List<String> UNITS =
      List.of(
          "School of %s",
          "Department of %s",
          "Party Branch of the School of %s",
          "Industry Education Integration Office",
          "International Exchange Office",
          "Enterprise Development Department",
          "Party Committee",
          "Service Management Brigade",
          "Teacher Development Center",
          "Admissions and Employment Office",
          "Research Center for %s");

  static final List<String> TOPICS =
      List.of(
          "party building work exchanges",
          "party member education and training",
          "talent cultivation models",
          "internship and employment",
          "order classes",
          "resource sharing between school and enterprise",
          "curriculum development",
          "joint laboratory construction",
          "international student employment",
          "overseas skilled talent dispatch",
          "credit mutual recognition",
          "industrial transformation and upgrading",
          "teacher exchanges",
          "vocational skill standards",
          "digital economy",
          "service for foreign businesses",
          "high-level talent introduction",
          "integration of industry, academia and research",
          "technology transfer",
          "innovation and entrepreneurship education",
          "practical training bases",
          "smart logistics park construction",
          "apprenticeship programmes",
          "language training",
          "enterprise competitiveness",
          "social services",
          "cross-border e-commerce",
          "carbon neutrality technologies",
          "rural revitalization",
          "modern apprenticeships");

  static final List<String> FIELDS =
      List.of(
          "Internet of Things",
          "drone logistics",
          "e-commerce live streaming",
          "smart logistics",
          "digital media technology",
          "big data engineering technology",
          "new energy vehicles",
          "intelligent manufacturing",
          "cold chain logistics",
          "hospitality",
          "nursing",
          "financial technology",
          "semiconductors",
          "biomedicine",
          "rail transit",
          "aviation",
          "tourism",
          "agriculture",
          "carbon capture",
          "software engineering");

  static final List<String> AREAS =
      List.of(
          "talent-cultivation",
          "curriculum",
          "internship",
          "employment",
          "training-base",
          "joint-laboratory",
          "research",
          "technology-transfer",
          "industry-education-integration",
          "party-building",
          "international-education",
          "international-students",
          "overseas-employment",
          "vocational-skills",
          "teacher-training",
          "entrepreneurship",
          "technology-finance",
          "social-service",
          "x-digital-economy",
          "x-rural-revitalization");

  static final List<String> SENTENCES =
      List.of(
          "The two sides held in-depth discussions on deepening school-enterprise cooperation.",
          "Both parties agreed to build a long-term and stable cooperation mechanism.",
          "The visit aimed to explore new models of industry-education integration.",
          "The host introduced the development history, disciplinary characteristics and"
              + " achievements in talent cultivation and social services.",
          "The delegation toured the training base and the exhibition hall.",
          "Participants exchanged views on internship and employment of graduates.",
          "The meeting proposed a platform jointly built by government, university and enterprises.",
          "The source does not say where the meeting was held.",
          "Both sides will strengthen exchanges and jointly cultivate high-quality skilled talents.",
          "The cooperation focuses on serving regional economic and social development.",
          "The parties signed the agreement at the end of the symposium.",
          "Further details of the arrangement are not given in the source.",
          "The delegation was received by the leaders of the school and its departments.",
          "The enterprise will provide internship positions and practical training opportunities.",
          "The college will open an order class tailored to the needs of the enterprise.",
          "Experts from both sides will jointly develop courses and teaching materials.",
          "The agreement covers party building, talent training and technology research.",
          "A working group will be set up to follow up on the results of the visit.",
          "The source names only some of the participants.",
          "International students will be helped to integrate into local society.");

  static final List<String> ROLES_OF_PARTIES =
      List.of(
          "signing party branch",
          "cooperating school",
          "cooperating enterprise",
          "host",
          "lead partner",
          "co-builder",
          "sponsor",
          "industry partner");

  static final List<String> UNITS_OF_QUANTITY =
      List.of(
          "job opportunities",
          "students",
          "interns",
          "teachers",
          "courses",
          "training places",
          "million yuan",
          "scholarships",
          "enterprises");

  /** A random element of the list. */
  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /**
   * One to {@code max} sentences of the pool, joined. Most sentences are attributed to a person or
   * placed in a city, so that long text, as in real notes, rarely repeats.
   */
  static String sentences(Random random, int max) {
    int n = 1 + random.nextInt(max);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String sentence = pick(random, SENTENCES);
      int how = random.nextInt(10);
      if (how < 4) {
        sb.append("According to ")
            .append(pick(random, PersonWords.SURNAMES))
            .append(' ')
            .append(pick(random, PersonWords.GIVEN))
            .append(", ");
      } else if (how < 7) {
        sb.append("In ")
            .append(pick(random, CITIES)[0])
            .append(' ')
            .append(2010 + random.nextInt(16))
            .append(", ");
      }
      sb.append(
          how < 7 ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence);
    }
    return sb.toString();
  }

  /** Kinds of institution at the top of a tree, each with a pattern of its name. */
  static final String[][] TOP_KINDS = {
    {"university", "%s University of %s"},
    {"vocational-college", "%s Vocational College of %s"},
    {"vocational-college", "%s %s Vocational and Technical College"},
    {"college", "%s College of %s"},
    {"enterprise", "%s %s %s Co., Ltd."},
    {"enterprise-group", "%s %s Group"},
    {"government-agency", "%s Bureau of %s"},
    {"association", "%s Chamber of Commerce of %s"},
    {"industrial-park", "%s %s Industrial Park"},
    {"committee", "%s Working Committee on %s"},
    {"research-institute", "%s Institute of %s"}
  };
}
