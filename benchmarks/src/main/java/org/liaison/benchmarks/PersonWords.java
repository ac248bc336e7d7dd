package org.liaison.benchmarks;

import java.util.List;

/**
 * The people of the generated data: surnames, given names, names in Chinese characters and the
 * titles of their posts, small pools as in {@link Words}.
 */
final class PersonWords {
  private PersonWords() {}

  static final List<String> SURNAMES =
      List.of(
          "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
          "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie",
          "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Xu", "Fu",
          "Shen", "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye",
          "Yan", "Pan", "Du", "Dai", "Xia", "Zhong", "Wang", "Tian", "Ren", "Jiang", "Fan", "Fang");

  static final List<String> GIVEN =
      List.of(
          "Yaoyao",
          "Weiguan",
          "Lanjing",
          "Zhengjun",
          "Yajie",
          "Jiaqi",
          "Yuehan",
          "Lianzhong",
          "Yusong",
          "Yiting",
          "Xin",
          "Peng",
          "Bin",
          "Ming",
          "Hong",
          "Jun",
          "Lei",
          "Jing",
          "Wei",
          "Fang",
          "Na",
          "Min",
          "Jie",
          "Tao",
          "Qiang",
          "Yan",
          "Hui",
          "Li",
          "Ping",
          "Gang",
          "Hao",
          "Yun",
          "Xiaoming",
          "Jianguo",
          "Guoqiang",
          "Zhiwei",
          "Xiuying",
          "Haiyan",
          "Yufei",
          "Zihan",
          "Ruoxi",
          "Chenxi",
          "Yutong",
          "Mingyu",
          "Shuang",
          "Kai",
          "Rui",
          "Zhen",
          "Bo",
          "Lin");

  static final List<String> HANZI_NAMES =
      List.of(
          "王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵鑫", "黄磊", "周婷", "吴彬", "徐明", "孙丽", "胡军", "朱杰", "高峰",
          "林涛", "何平", "郭强", "马超", "罗佳");

  static final List<String> POST_TITLES =
      List.of(
          "Dean",
          "Vice Dean",
          "Party Secretary",
          "Deputy Party Secretary",
          "President",
          "Vice President",
          "Director",
          "Deputy Director",
          "Counselor",
          "Instructor",
          "Police Officer",
          "Chairperson",
          "General Manager",
          "Deputy General Manager",
          "Manager of the Enterprise Development Department",
          "Secretary-General",
          "Head of the International Exchange Office",
          "Administrative staff",
          "Professor",
          "Associate Professor",
          "Lecturer",
          "Chief Engineer",
          "Captain",
          "Political Commissar");
}
