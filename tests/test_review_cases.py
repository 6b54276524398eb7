"""Inputs written by a reviewer of this round's reader mechanisms (tests/review/), each a layout near one
mechanism where it first misfired. The expectations are read off each input: item ids, leaders, lead
and cooperating units, and that nothing names who answers outside an item."""

from __future__ import annotations

from pathlib import Path

import pytest

import fyplan

REVIEW = Path(__file__).parent / "review"

# The reading of two inputs that print the same two groups of tasks, numbered from 1 in each, in two layouts
# (review18 06 and 27).
_TWO_RESTARTING_GROUPS: list[tuple[str, str, list[str], list[str], list[str]]] = [
    ("1", "实施重点项目", [], ["县发改局"], []),
    ("2", "新开工亿元以上项目", [], ["县发改局"], []),
    ("3", "争取专项债券资金", [], ["县财政局"], []),
    ("1", "举办促消费活动", [], ["县商务局"], []),
    ("2", "新增限上商贸企业", [], ["县商务局"], []),
    ("3", "打造特色商业街区", [], ["县商务局"], []),
    ("4", "发放消费券", [], ["县财政局"], []),
]

# Inputs whose preamble holds points closed by who answers, each said in a finding (their lines), not read as items.
PREAMBLE_POINTS = {"r33-21-preamble-points-before-items.txt": [3, 4]}

# file -> [(id, text start, leaders, lead units, cooperating units)]
EXPECTED: dict[str, list[tuple[str, str, list[str], list[str], list[str]]]] = {
    # (review27, of session 17) Labels over values only in a form: a label alone on its line over its value, beside
    # other fields and where a label of who answers stands (具体任务 / … / 牵头领导 / 李志强 / 牵头单位 / …; records of
    # them, even after 序号 / 1; a lone 责任单位 right under each numbered item; a field under a field with a colon), not
    # a notice's own headings around its items (具体任务 over 1. 2., 工作要求 / 完成时限 after them). A 同时 sentence on
    # all the items (确保以上各项任务…(X负责)) is no part of the last one.
    # (以下兩項(xiàng)由市自然資(zī)源局牽頭,…) on a mirror that put pinyin in the count and the names: the next two items'
    # (the names keep their pinyin, as written).
    # (review28, of session 18) Dash lines in flattened tables whose tasks do not open with one: points of the task
    # cell above where no unit line comes between (the first task unnumbered too, the points short and unpunctuated;
    # bar lines between the cells; a leader cell before the goal), sub-rows of the goal's number where units follow
    # them. Names one a line under two unit columns: the first leads — also under 责任单位 beside 配合单位 — unless the
    # table lists names on one line (with , as well as 、), where the lines are the cells.
    # (review29, of session 18) Inspection lists: a bracket of who answers alone on the line under a problem (two
    # such lines: both its own) makes the list a notice; a news report whose prose ends two sentences with
    # (责任单位:X) does not. A group cell before 序号 may be long and list two words with 、. 无 / — / —— in a cell
    # say it is empty: no unit, leader or deadline named 无 or ——.
    "r29-10-inspection-brackets-next-lines.txt": [
        ("1", "部分瓶装液化气供应站", [], ["市燃气集团"], ["市住建局"]),
        ("2", "老旧小区燃气管道腐蚀严重", [], [], ["市住建局", "市发展改革委"]),
        ("3", "个别餐饮场所未安装", [], ["各县区人民政府"], ["市市场监管局"]),
    ],
    "r29-12-long-group-cells.txt": [
        ("1", "推行企业开办", [], ["县行政审批局"], ["县市场监管局"]),
        ("2", "开展涉企违规收费专项清理", [], ["县发改局"], ["县财政局", "县市场监管局"]),
        ("3", "完成农村集体经营性建设用地", [], ["县自然资源局"], ["县农业农村局"]),
    ],
    "r29-16-piped-empty-marks-numbered.txt": [
        ("1", "新开工重大项目30个", [], ["区发改局"], ["区住建局", "区自然资源局"]),
        ("2", "新增城镇就业8000人", [], ["区人社局"], []),
        ("3", "完成老旧小区改造12个", [], ["区住建局"], ["各街道"]),
        ("4", "建成区级应急物资储备库", [], ["区应急局"], []),
    ],
    "r29-17-piped-empty-marks-unnumbered.txt": [
        ("1", "建成高标准农田2万亩", [], ["县农业农村局"], ["县财政局"]),
        ("2", "改造农村户厕3000户", [], ["县农业农村局"], []),
        ("3", "新建村级综合服务中心10个", [], ["县民政局"], []),
        ("4", "打造乡村旅游精品线路2条", [], ["县文旅局"], ["县交通局", "乡镇人民政府"]),
    ],
    "r29-31-piped-empty-leader.txt": [
        ("1", "引进世界500强企业项目2个", ["刘明"], ["区商务局"], ["区投促中心"]),
        ("2", "创建省级文明城区", [], ["区文明办"], ["各街道", "各部门"]),
        ("3", "建成区体育中心", [], ["区文体局"], ["区住建局", "区财政局"]),
    ],
    "r29-33-news-two-unit-brackets.txt": [],
    # (review30, of session 18) 此项/本项/该项工作由… brackets name who answers (no name holds those words); photo captions
    # 图① 圖② 图③ 图 ④ number their items; deadline lines whose label ends in 时间 (截止时间, 计划完成时间, 办结时间) stay
    # deadlines although project fields like 实施时间 are notes.
    "r30-12-this-work-by-brackets.txt": [
        ("1", "加快高铁站前广场建设", [], ["县住建局"], []),
        ("2", "启动城西片区棚户区改造", [], ["县住建局"], ["城西街道"]),
        ("3", "完成县人民医院门诊楼装修", [], ["县卫健局"], []),
        ("4", "实施农村公路提档升级100公里", [], ["县交通运输局"], []),
    ],
    "r30-21-photo-captions.txt": [
        ("1", "光明路公交站台小广告未清理", [], ["县城管局"], []),
        ("2", "實驗小學門口車輛亂停放", [], ["縣公安局交警大隊"], []),
        ("3", "幸福小区垃圾分类亭破损", [], ["城北街道"], []),
        ("4", "东门菜场下水道堵塞", [], ["县住建局", "城东街道"], []),
    ],
    "r30-34-deadline-labels-ending-in-time.txt": [
        ("1", "完成县城污水处理厂扩建", [], ["县住建局"], []),
        ("2", "实施河道综合治理", [], ["县水利局"], []),
        ("3", "开展秸秆禁烧", [], ["县农业农村局"], []),
        ("4", "建设县城第二垃圾填埋场", [], ["县城管局"], []),
    ],
    # (review31, of session 18) Bar-lined tables: a second header row of bare role words (牵头 | 配合) under 责任单位
    # after 完成时限 names the unit columns (the rows stay two, each with its deadline); a 序号 that numbers the items
    # stays apart from a task that starts with a figure (1. 10万亩…, not 1.10).
    "r31-06-bars-two-row-header.txt": [
        ("1", "建设智慧停车平台", [], ["区交通局"], ["区公安分局", "区城管局"]),
        ("2", "推进背街小巷整治", [], ["区城管局"], ["各街道"]),
    ],
    "r31-15-bars-serial-task-digits.txt": [
        ("1", "10万亩高标准农田", ["王刚"], ["市农业农村局"], []),
        ("2", "2024年实现县域医共体", ["王刚"], ["市卫健委"], []),
        ("3", "5G网络覆盖所有行政村", ["陈洁"], ["市工信局", "市通信发展办"], []),
    ],
    # (review33, of session 19) A 负责人 column whose cells print a title before the name (局长 孙志刚) or a title
    # alone: the person (or the title, as written) is the leader, the row read whole. Points (1)(2) of a preamble
    # before the list's 1. stay the preamble's however they end. Short names right after a body and before a titled
    # person (区教育局、金桥、白鹤、张明副区长) are no people sharing the title; names opening the list are
    # (吴刚、郑丽副市长). An item's own points on its line, its 由 line below: one item. A page that opens with the
    # end of item 4 closed by a labelled bracket: item 4. A 建设时间 column: a period, no deadline; a span of years
    # in it is no part of the task.
    "r33-12-person-column-title-and-name.txt": [
        ("1", "完善基层应急管理体系", ["孙志刚"], ["区应急管理局"], []),
        ("2", "开展燃气安全专项整治", ["分管副局长"], ["区住建局"], []),
    ],
    "r33-12c-person-column-titles-and-names.txt": [
        ("1", "完善基层应急管理体系", ["孙志刚"], ["区应急管理局"], []),
        ("2", "开展燃气安全专项整治", ["何平"], ["区住建局"], []),
    ],
    "r33-21-preamble-points-before-items.txt": [
        ("1", "实施工业倍增计划", [], ["县工信局"], ["县发改局"]),
        ("2", "新增市场主体3000户", [], ["县市场监管局"], []),
    ],
    "r33-24-titled-people-among-bodies.txt": [
        ("1", "推进国家物流枢纽建设", ["杨志武"], ["市发改委"], []),
        ("2", "推动外贸稳规模优结构", ["杨志武"], ["市商务局"], ["市财政局"]),
        ("3", "实施城市更新行动", ["吴刚", "郑丽"], ["市住建局"], []),
        ("4", "推进学前教育普惠发展", ["张明"], ["区教育局", "金桥", "白鹤"], []),
        ("5", "深化农村集体产权制度改革", [], [], ["市农业农村局", "市林业局"]),
    ],
    "r33-26-item-points-then-by-line.txt": [
        ("1", "实施“三大攻坚”行动:(1)污染防治攻坚;(2)防范化解", [], ["市发改委"], []),
        ("2", "深化国资国企改革", [], ["市国资委"], []),
    ],
    "r33-14-tail-with-labelled-bracket.txt": [
        ("4", "加快推进智慧社区建设", [], ["市民政局", "市大数据局"], []),
        ("5", "深化医药卫生体制改革", [], ["市卫健委"], []),
        ("6", "加强食品安全监管", [], ["市市场监管局"], []),
    ],
    "r33-06-period-column.txt": [
        ("1", "县城污水处理厂扩建新增日处理能力2万吨", [], ["县住建局"], []),
        ("2", "城北产业园标准厂房建设标准厂房", [], ["县开发区管委会"], []),
    ],
    # (review34, of session 19) A heading 三、 after an aside's bracket ((一期)三、四期…——) is no heading; a
    # requirements section's paragraph closed by 由X负责 (one body) is no item; a group title (6) over paragraphs
    # keeps its title under the line the group before ended with; —— in a | table's 序号 cell is a sub-row of the row
    # above, numbered as it; 时间: lines before words of a date are deadlines, 资金来源 beside one too.
    "r34-16-aside-bracket-then-dash.txt": [
        ("1", "推进安置房建设(一期)三、四期工程同步开工", [], ["区住建局"], ["区财政局"]),
        ("2", "完成征地拆迁任务", [], ["区自然资源局"], []),
        ("3", "新增城镇就业5000人", [], ["区人社局"], []),
    ],
    "r34-12-requirements-closing-by.txt": [
        ("1", "地区生产总值增长6%", [], ["县发改局"], ["县统计局"]),
        ("2", "一般公共预算收入增长5%", [], ["县财政局"], []),
    ],
    "r34-06-titled-groups-closing-line.txt": [
        ("5-1", "深化平安建设", [], ["市公安局"], []),
        ("5-2", "推进矛盾纠纷多元化解", [], ["市司法局"], ["市信访局"]),
        ("6-1", "健全网格化管理体系", [], ["市委政法委"], []),
        ("6-2", "推进社区减负增效", [], ["市民政局"], []),
    ],
    "r34-23-time-lines.txt": [
        ("1", "新建社区食堂20家", [], ["区民政局"], ["各街道"]),
        ("2", "改造老旧燃气管网30公里", [], ["区住建局"], []),
        ("3", "新增停车泊位3000个", [], ["区城管局"], []),
        ("4", "建成口袋公园10个", [], ["区园林局"], []),
    ],
    "r34-15-piped-dash-sub-rows.txt": [
        ("1", "地区生产总值增长", [], ["县发改局"], ["县统计局"]),
        ("1", "——其中:规上工业增加值增长", [], ["县工信局"], ["县统计局"]),
        ("1", "——其中:服务业增加值增长", [], ["县发改局"], ["县商务局"]),
        ("2", "一般公共预算收入增长", [], ["县财政局"], ["县税务局"]),
    ],
    # (review35, of session 19) 各负其责 (each answers for its part) closes a list as 负责 does: alone it names the units
    # answering (here leads), beside a lead they cooperate; inside a sentence it is the sentence's.
    "r35-05-each-answers-for-its-part.txt": [
        ("1", "落实安全生产责任制", [], ["区应急管理局"], ["各有关部门"]),
        ("2", "压实属地管理责任", [], ["各街道"], []),
        ("3", "建立安全生产联席会议制度", [], ["区应急管理局"], []),
        ("4", "强化特种设备安全监管", [], ["区市场监管局"], ["区住建局", "区交通局"]),
    ],
    # (review36, of session 20) A body's name alone on its line heads the items after it, up to the next such name
    # (an item's own clause keeps its units and adds the cooperating ones).
    "r36-13-body-names-head-groups.txt": [
        ("1", "谋划储备重大项目", [], ["市发展改革委"], []),
        ("2", "推进重点领域价格改革", [], ["市发展改革委"], []),
        ("3", "深化预算管理制度改革", [], ["市财政局"], []),
        ("4", "规范地方政府债务管理", [], ["市财政局"], ["各县区政府"]),
        ("5", "新建幼儿园15所", [], ["市教育局"], []),
    ],
    # (review36) 以上3项工作由X牵头,Y、各县(市、区)政府配合。: a name with a bracket of its own; all three items.
    "r36-21-group-sentence-bracketed-names.txt": [
        ("1", "新建改扩建中小学12所", [], ["市教育局"], ["市发改委", "市财政局", "各县(市、区)政府"]),
        ("2", "推进义务教育集团化办学", [], ["市教育局"], ["市发改委", "市财政局", "各县(市、区)政府"]),
        ("3", "实施学前教育普惠保障工程", [], ["市教育局"], ["市发改委", "市财政局", "各县(市、区)政府"]),
        ("4", "建设市域产教联合体2个", [], ["市教育局"], ["市人社局"]),
    ],
    # (review37, of session 20) A body's name after a long line cut mid-sentence ends that sentence: no group heading.
    "r37-02-body-name-ends-wrapped-item.txt": [
        ("1", "各乡镇建立重大隐患排查台账", [], [], []),
        ("2", "推进乡镇专职消防队建设", [], ["县消防救援大队"], ["各乡镇人民政府"]),
        ("3", "开展燃气安全专项整治", [], [], []),
        ("4", "修订县级综合应急预案", [], ["县应急管理局"], []),
    ],
    # (review37) One-line later page: 三、四项 after (2024) counts two measures; the 三、 after (先行试点) is a section.
    "r37-14-oneline-enumerated-numbers.txt": [
        ("1", "落实省实施意见(2024)三、四项扶持措施", [], ["县农业农村局"], ["县财政局"]),
        ("2", "推广稻渔综合种养(先行试点)", [], [], []),
        ("3", "新建乡镇卫生院两所", [], ["县卫健局"], []),
        ("4", "改造农村公路八十公里", [], ["县交通运输局"], []),
    ],
    # (review35) A page's links between two | rows (首页 | 上一页 | 1 | 2 | 下一页 | 尾页): chrome, the table goes on after it
    # (row 2 was dropped with no finding).
    "r35-15-page-links-between-rows.txt": [
        ("1", "推进老旧小区改造完成五十个小区", [], ["区住建局"], ["各街道"]),
        ("2", "新建城市口袋公园十个以上", [], ["区城管局"], ["区自然资源局"]),
    ],
    # (review32, of session 18) A bar-lined row's cell that equals the next row's 序号 (a 目标值 of 2 before row 2) ends
    # no row unless a task cell follows it.
    "r32-13-bars-target-value-like-serial.txt": [
        ("1", "新建公办幼儿园", [], ["县教育局"], []),
        ("2", "改造学校运动场", [], ["县教育局"], []),
        ("3", "新增学位", [], ["县教育局", "县住建局"], []),
    ],
    "r28-06-group-column-before-serial.txt": [
        ("1", "新建城南小学一所", [], ["县教育局"], ["县住建局"]),
        ("2", "改扩建公办幼儿园3所", [], ["县教育局"], ["县财政局"]),
        ("3", "建成县急救指挥中心", [], ["县卫生健康局"], ["县应急管理局"]),
    ],
    "r28-15-piped-dash-sub-rows.txt": [
        ("1", "医疗卫生资源扩容提质", [], ["区卫生健康局"], ["区发展改革局"]),
        ("1", "——每千人口床位数达到6张", [], ["区卫生健康局"], ["区财政局"]),
        ("1", "——每千人口执业医师数", [], ["区卫生健康局"], ["区人社局", "区编办"]),
        ("2", "公共卫生体系更加健全", [], ["区疾控中心"], ["区卫生健康局"]),
    ],
    "r28-21-empty-marks-beside-dash.txt": [
        ("1", "粮食总产量稳定在30万吨以上", [], ["县农业农村局"], []),
        ("2", "农村居民人均可支配收入增长7%。——脱贫人口", [], ["县农业农村局"], ["县乡村振兴局"]),
        ("3", "森林覆盖率保持在62%以上", [], ["县林业局"], []),
    ],
    "r28-09-dash-points-in-unnumbered-task.txt": [
        ("1", "抓好粮食生产,重点抓好以下三项:——稳定粮食播种面积——推广良种良法", [], ["乡农业综合服务中心"], ["各村"]),
        ("2", "推进农村道路提升", [], ["乡规划建设办"], ["乡财政所"]),
    ],
    "r28-14-bars-between-dash-sub-rows.txt": [
        ("1", "体育场地设施持续完善。——新建社会足球场20块。", [], ["市体育局"], ["市住建局", "市自然资源和规划局"]),
        ("1", "——改造提升公园健身步道50公里。", [], ["市城管局"], ["市体育局"]),
        ("2", "青少年体育蓬勃发展", [], ["市教育局"], ["市体育局"]),
    ],
    "r28-20-leader-first-dash-sub-rows.txt": [
        ("1", "地区生产总值增长6%。——固定资产投资增长5%。", ["陈建国"], ["区发展改革局"], ["区统计局"]),
        ("1", "——社会消费品零售总额增长5.5%。", ["陈建国"], ["区商务局"], ["区统计局"]),
        ("2", "新增城镇就业1.2万人", ["刘芳"], ["区人社局"], ["各街道"]),
    ],
    "r28-33-responsible-beside-cooperating.txt": [
        ("1", "完成农村公路养护30公里", [], ["镇交通管理站"], ["镇财政所", "各村委会"]),
        ("2", "新建农贸市场一个", [], ["镇规划建设办"], ["镇市场监管所"]),
    ],
    "r28-35-lists-with-commas.txt": [
        ("1", "新增托育机构托位500个", [], ["区卫生健康局"], ["区教育局", "区妇联"]),
        ("2", "建设社区嵌入式服务设施8处", [], ["区发展改革局", "区民政局", "区住建局"], ["各街道", "区财政局"]),
    ],
    "r27-30-following-with-pinyin.txt": [
        ("1", "編制國(guó)土空間", [], [], []),
        ("2", "完成城市體檢評(píng)估", [], ["市自然資(zī)源局"], ["市住建局"]),
        ("3", "推進(jìn)城市更新試點(diǎn)", [], ["市自然資(zī)源局"], ["市住建局"]),
        ("4", "建設(shè)口袋公園", [], ["市園林局"], []),
    ],
    "r27-03-closing-same-time-all-items.txt": [
        ("1", "新建幼儿园", [], ["县教育局"], ["县住建局"]),
        ("2", "新增养老床位", [], ["县民政局"], []),
        ("3", "建成全民健身中心", [], ["县文体局"], []),
    ],
    "r27-28-notice-headings-around-items.txt": [
        ("1", "开展城镇燃气安全专项整治。", [], ["县住建局"], ["县市场监管局", "县消防救援大队"]),
        ("2", "完成危化品企业安全评估40家。", [], ["县应急管理局"], []),
    ],
    "r27-14-form-with-leader.txt": [
        ("1", "加快推进县城北区集中供热", ["李志强"], ["县住建局"], ["县发改局", "县热力公司"]),
    ],
    "r27-26-form-fields-under-items.txt": [
        ("1", "推进高标准农田建设", [], ["县农业农村局"], ["县财政局", "县水利局"]),
        ("2", "实施农村人居环境整治", [], ["县农业农村局"], ["各乡镇人民政府"]),
    ],
    "r27-27-lone-unit-label-under-items.txt": [
        ("1", "新建农村幸福院", [], ["县民政局"], []),
        ("2", "新增城镇公益性岗位", [], ["县人社局", "县财政局"], []),
        ("3", "实施义务教育薄弱环节", [], ["县教育局"], []),
    ],
    "r27-31-records-label-over-value.txt": [
        ("1", "建成村级养老服务站", [], ["镇社会事务办"], ["各村民委员会"]),
        ("2", "硬化村组道路", [], ["镇规划建设办"], ["镇财政所"]),
    ],
    # (review26, of session 17) A line with its own clause between items heads the items after it when they name no
    # one themselves (and no sentence after them counts back over them): its lead and leaders are theirs (a heading's
    # cooperating units are not given: an item may name its own lead and no helper); it is no paragraph going on
    # with the item before, though it names that item's unit again. Where a sentence after them counts back (以上两项
    # 由X牵头), the line goes on with the item before.
    # 同时…(X牵头,Y配合) / 此外…(…) after an item: the line says it goes on with the item, whatever it names; its units
    # join the item's (they were lost with the line, kept as the next item's heading).
    "r26-29-same-time-besides.txt": [
        ("1", "完成河道清淤20公里。同时", [], ["县水利局"], ["县公安局"]),
        ("3", "建成乡镇污水处理设施", [], ["县住建局"], []),
        ("4", "新建垃圾中转站3座。此外", [], ["县城管局"], ["各社区"]),
        ("5", "开展爱国卫生运动", [], ["县卫健委"], []),
    ],
    # (以下两项由X牵头,Y负责…) right under an item that names no one: the next two items', not that item's clause.
    "r26-36-following-after-item-without-clause.txt": [
        ("1", "完成教师招聘", [], [], []),
        ("2", "新建城区小学", [], ["县教育局"], ["县财政局"]),
        ("3", "改造乡村学校食堂", [], ["县教育局"], ["县财政局"]),
        ("4", "开展校外培训机构专项治理", [], ["县教育局"], ["县市场监管局"]),
    ],
    "r26-35-heading-with-clause-over-items.txt": [
        ("1", "推进县城污水处理厂提标改造", [], ["县住建局"], []),
        ("2", "改造城镇老旧小区", [], ["县住建局"], []),
        ("3", "改造城市燃气管网", [], ["县住建局"], []),
        ("4", "新建农村公路", [], ["县交通运输局"], []),
    ],
    "r26-43-heading-naming-others.txt": [
        ("1", "推进县城污水处理厂提标改造", [], ["县水务局"], []),
        ("2", "改造城镇老旧小区", [], ["县住建局"], []),
        ("3", "改造城市燃气管网", [], ["县住建局"], []),
        ("4", "新建农村公路", [], ["县交通运输局"], []),
    ],
    "r26-41-goes-on-then-counted-sentence.txt": [
        ("1", "新建公办幼儿园", [], ["县教育局"], []),
        ("2", "新增医疗床位200张。加强基层", [], ["县卫健委"], ["县人社局"]),
        ("3", "新建养老服务中心", [], ["县民政局"], ["各乡镇"]),
        ("4", "建设社区嵌入式养老机构", [], ["县民政局"], ["各乡镇"]),
    ],
    # (review25, of session 17) Lines after an item with their own clause are made items whose numbers were lost only on
    # evidence: numbers skipped (as many as the lines) or broken bytes where the number was. A 其中 line that goes on
    # with the item before, and a sentence on all the items after the last (以上各项…), stay no items, however the
    # numbering runs on across sections or restarts in them; where one number is missing and two lines stand, the
    # line with broken bytes takes it. (Ids repeat across the sections: they are given with their section.) A 其中 line
    # with its own clause is more of the item before it: its units join the item's.
    "r25-32-goes-on-across-sections.txt": [
        ("1", "推进产业园区扩容提质", [], ["县发改局"], []),
        ("2", "实施工业倍增计划", [], ["县工信局"], ["县统计局"]),
        ("3", "办好人民满意教育", [], ["县教育局"], []),
        ("4", "提升基层医疗服务能力", [], ["县卫健委"], []),
    ],
    "r25-15-goes-on-restarting.txt": [
        ("1-1", "一般公共预算收入增长", [], ["县发改局"], []),
        ("1-2", "争取上级转移支付资金", [], ["县财政局"], []),
        ("1-3", "组织税收收入", [], ["县税务局"], ["县财政局"]),  # (其中…(县财政局配合): more of it)
        ("2-1", "新建改扩建幼儿园", [], ["县教育局"], ["县财政局"]),
        ("2-2", "创建二级甲等医院", [], ["县卫健委"], []),
    ],
    "r25-34-sentence-after-last-item.txt": [
        ("1", "深化国有企业改革", [], ["县国资办"], []),
        ("2", "推进农村集体产权制度改革", [], ["县农业农村局"], []),
        ("3", "深化医药卫生体制改革", [], ["县卫健委"], []),
        ("4", "推进养老服务体系改革", [], ["县民政局"], []),
    ],
    "r25-21-one-number-two-lines.txt": [
        ("1", "建成高速公路连接线", [], ["县交通运输局"], ["县自然资源局"]),
        ("2", "?。ǘ┩实施中型水库", [], ["县水利局"], []),
        ("3", "新建农村供水工程", [], ["县水利局"], ["各乡镇"]),
    ],
    "r25-13-broken-numbers-two-sections.txt": [
        ("1-1", "加快建设绿色建材产业园", [], ["县发改局"], ["县财政局"]),
        ("1-2", "实施技术改造项目", [], ["县工信局"], []),
        ("1-3", "?。ǘ┩新增国家高新", [], ["县科技局"], ["县市场监管局"]),
        ("2-1", "新增城镇就业", [], ["县人社局"], []),
        ("2-2", "实施医疗服务能力提升", [], ["县卫健委"], ["县医保局"]),
        ("2-3", "?。ǘ┩改造农村薄弱", [], ["县教体局"], []),
    ],
    # (review24, of session 16) Pinyin a mirror put into a role word stays where the word is the task's own (各區政府
    # 負(fù)責(zé)落實…, 配(pèi)合開展…, 會(huì)同…出台, 牽(qiān)頭(tóu)制定…): it is taken out only where the word closes a
    # clause's group or stands in a bracket. On a page run onto one line, a heading whose title holds a space (一、
    # 坚定不移 推进…) keeps its whole title: what follows the space has no sentence's end, so it is no paragraph.
    "r24-e13-pinyin-verbs-in-task-text.txt": [
        ("1", "各區政府負(fù)責(zé)落實", [], ["市應急局"], ["各區政府"]),
        ("2", "市場監管部門配(pèi)合開展", [], ["市市場監管局"], []),
    ],
    "r24-e17-pinyin-verbs-in-prose.txt": [
        ("1", "由市發(fā)展改革委牽(qiān)頭(tóu)制定", [], ["市發(fā)展改革委"], ["市財政局"]),
        ("2", "市商務局會(huì)同市財政局", [], ["市商務局"], ["市財政局"]),
    ],
    # A page run onto one line whose numbered items each end in a sentence of who answers (…危桥5座。 由县交通运输局
    # 负责落实。 2.…): each item is cut before the next number and reads its sentence (one item was read, wrongly).
    "r24-18-one-line-by-sentences.txt": [
        ("1", "新建农村公路80公里", [], [], ["县交通运输局"]),  # (负责落实 alone names no lead: the collection rule)
        ("2", "完成城区雨污分流改造", [], ["县住建局"], ["县水利局"]),
        ("3", "新增城镇就业2800人", [], [], ["县人社局"]),
    ],
    # 其他配合单位: (其他 before a role's label) cooperates; a page run onto one line with a bracket its chrome never
    # closed, 150 characters or more before the end (报送邮箱见附件。 一、…), reads its items (3 and 4 were garbled).
    "r24-13-other-cooperating-label.txt": [
        ("1", "创建省级全域旅游示范区", [], ["县文旅局"], ["县发改局", "县自然资源局"]),
        ("2", "举办乡村文化旅游节", [], ["县文旅局"], ["各乡镇人民政府"]),
        ("3", "推进非遗保护传承", [], ["县文化馆"], ["县教育局"]),
    ],
    "r24-16-one-line-short-stray-bracket.txt": [
        ("1", "推进数字经济核心产业", [], ["区经信局"], ["区发改局", "区科技局"]),
        ("2", "新招引亿元以上项目", [], ["区投促局"], ["各街道办事处"]),
        ("3", "完成城中村改造5个", [], ["区住建局"], ["区自然资源局", "相关街道办事处"]),
        ("4", "新建口袋公园10个", [], ["区城管局"], ["各街道办事处"]),
    ],
    # 列第一位者为牵头单位,下同 inside a clause: 下同 is the note's, no unit; the units a mark or the note leaves to
    # cooperate keep the order printed (the 责任单位 list's before the 配合单位 list's).
    "r24-38-first-listed-note-same-below.txt": [
        ("1", "推进县域医共体建设", [], ["县卫健局"], ["县医保局", "各乡镇人民政府"]),
        ("2", "实施养老服务提升工程", [], ["县民政局"], ["县财政局", "各乡镇人民政府"]),
        ("3", "健全党委领导、政府负责", [], ["县民政局"], []),
        ("4", "加强部门协调配合", [], ["县发改局"], ["县统计局"]),
    ],
    # (以下两项由县发改局牵头) on a line between items: the next two items' lead (it was left as a heading only).
    "r24-e21-following-items-line.txt": [
        ("1", "推进财政信息公开", [], ["县财政局"], []),
        ("2", "推进重大项目信息公开", [], ["县发改局"], []),
        ("3", "推进价格信息公开", [], ["县发改局"], []),
    ],
    # A no-序号 table whose cells bar lines part, one content cell printed on two lines: one cell, one item (it was
    # two, the first without units); the title printed on every row then starts each row's text.
    "r24-e14-bar-cell-on-two-lines.txt": [
        ("1", "深化决策公开重大决策事项", [], ["党政办公室"], []),
        ("2", "加强执行公开按季度公开", [], ["经济发展办公室"], []),
        ("3", "优化政务服务推行政务服务", [], ["便民服务中心"], []),
    ],
    # (review18 32, wrong until session 16) After a table's full last row and a blank line, the notice's closing words
    # (各牵头单位要于每季度末…报送…。) end the table: they were read as the last row's cooperating unit.
    "r18-32-closing-instruction-after-table.txt": [
        ("1", "新建城区公共停车场3处", [], ["县住建局"], ["县自然资源局"]),
        ("2", "改造提升农贸市场2个", [], ["县市场监管局"], []),
        ("3", "新建村级养老服务站10个", [], ["县民政局"], ["各乡镇"]),
    ],
    "r24-e15-one-line-title-with-space.txt": [
        ("1", "新增规上工业企业25家", [], ["县工信局"], ["各乡镇人民政府"]),
        ("2", "实施技改项目40个", [], ["县工信局"], ["县发改局"]),
        ("3", "企业开办时间压缩", [], ["县市场监管局"], ["县政务服务中心"]),
        ("4", "开展政策宣讲进企业", [], ["县营商环境办"], ["县工信局"]),
    ],
    # | rows wider than their header with no figure columns: a unit cell broken in two (市应急管理局 | 市燃气公司 under
    # 配合单位) is that column's; a row with a cell the header has no column for is said in a warning, not read, and
    # the table goes on after it (row 5 was dropped with it before).
    "r22-p38-piped-unit-cell-split.txt": [
        ("1", "推进社区嵌入式服务设施建设", [], ["市民政局"], ["市住建局"]),
        ("2", "实施城市燃气管道老化更新", [], ["市住建局"], ["市应急管理局", "市燃气公司"]),
        ("3", "推进公共充电桩建设", [], ["市发展改革委"], ["国网市供电公司"]),
    ],
    "r22-p40-piped-row-wider-than-header.txt": [
        ("1", "推进社区嵌入式服务设施建设", [], ["市民政局"], ["市住建局"]),
        ("2", "实施城市燃气管道老化更新", [], ["市住建局"], ["市应急管理局"]),
        ("3", "推进公共充电桩建设", [], ["市发展改革委"], ["国网市供电公司"]),
        ("5", "实施全民健身工程", [], ["市体育局"], ["市财政局"]),
    ],
    # (review23, of the merged leader cells and the spaces in names) A leader cell marked empty (|, /, —) is empty;
    # a table naming one leader only merges none; no cell merges across a group row; a cut table's rows (1, 2, 5, 6)
    # stay rows where a row is sparse; 市委 网信办 and 市公安局 交警支队 are one body each.
    "r23-03-empty-leader-cell-marked.txt": [
        ("1", "实施乡村振兴示范村建设", ["赵刚"], ["县农业农村局"], ["县财政局"]),
        ("2", "开展河湖", [], ["县水利局"], ["县生态环境分局"]),
        ("3", "推进全民健身设施建设", ["孙丽"], ["县文旅局"], ["县教育局"]),
    ],
    "r23-08-cut-table-sparse-row.txt": [
        ("1", "新建5G基站", ["刘强"], ["市工信局"], ["市通信发展办"]),
        ("2", "推进数字乡村建设", ["刘强"], ["市农业农村局"], []),
        ("5", "实施城市更新行动", ["陈刚"], ["市住建局"], ["市自然资源局"]),
        ("6", "加强耕地保护", ["陈刚"], ["市自然资源局"], ["各县区政府"]),
    ],
    "r23-12-space-after-party-committee.txt": [
        ("1", "加强意识形态工作", [], ["市委宣传部"], ["市委网信办", "市文广旅局", "市教育局", "各区政府"]),
    ],
    "r23-13-space-before-sub-unit.txt": [
        ("1", "治理城区交通拥堵", [], ["市交通运输局"], ["市公安局交警支队", "市城管局", "市住建局"]),
    ],
    "r23-19-one-leader-cell-only.txt": [
        ("1", "统筹推进全市重点工作", ["王强"], ["市政府办公室"], ["市直各部门"]),
        ("2", "做好重点指标统计监测", [], ["市统计局"], ["市发展改革委"]),
        ("3", "开展重大政策落实跟踪审计", [], ["市审计局"], ["市财政局"]),
    ],
    "r23-04-no-merge-across-group-row.txt": [
        ("1", "加快工业转型升级", ["周明"], ["市工信局"], ["市发展改革委"]),
        ("2", "培育专精特新企业", ["周明"], ["市工信局"], ["市科技局"]),
        ("3", "改善空气质量", [], ["市生态环境局"], ["市住建局"]),
        ("4", "推进垃圾分类", ["陈静"], ["市城管局"], ["各区政府"]),
    ],
    # 序号 tables whose last row's score is larger than its number (12 after row 3: a cell, no row 12), with a
    # leader cell merged over the rows it leads (printed on the first: the rows below with bodies but no leader
    # cell share it, as the annotated tables are read).
    "r22-15-last-row-score-larger.txt": [
        ("1", "完成招商引资签约项目10个", ["张伟"], ["镇经济发展办"], ["镇财政所"]),
        ("2", "完成农村改厕500户", ["李娜"], ["镇农业服务中心"], ["各村委会"]),
        ("3", "做好安全生产工作", ["张伟"], ["镇应急办"], ["镇派出所", "镇市场监管所"]),
    ],
    "r22-31-merged-leader-cell.txt": [
        ("1", "推进城市轨道交通2号线建设", ["马超"], ["市交通运输局"], ["市自然资源和规划局"]),
        ("2", "实施城市道路微循环改造", ["马超"], ["市城管局"], ["市公安局"]),
        ("3", "开展城市地下管网普查", ["马超"], ["市住建局"], ["市水务局"]),
        ("4", "发展普惠托育服务", ["宋佳"], ["市卫生健康委"], ["市教育局"]),
    ],
    "r22-39-scores-and-leaders.txt": [
        ("1", "完成辖区人口普查数据更新", ["韩冬"], ["街道社会事务办"], ["各社区居委会"]),
        ("2", "实施老旧小区加装电梯20部", ["吴凡"], ["街道城建办"], ["街道财政所"]),
        ("3", "开展消防安全隐患排查整治", ["韩冬"], ["街道平安办"], ["街道综合执法队"]),
        ("4", "完成垃圾分类示范小区创建", ["吴凡"], ["街道城管科"], ["各社区居委会"]),
    ],
    "r20-41-scoring-table-with-serials.txt": [
        ("1", "招商引资", [], ["县投资促进中心"], []),
        ("2", "项目建设", [], ["县发改局"], ["县自然资源局"]),
    ],
    # (review22, of the whole session) A PDF space inside a name of a 、 list joins its parts (市教 育局 is 市教育局);
    # two whole bodies parted by a space in such a list are two (市审计局 市自然资源局).
    "r22-p30-pdf-space-inside-names.txt": [
        ("1", "推进政府投资项目管理改革", [], ["市发展改革委"], ["市财政局", "市审计局", "市自然资源局"]),
        ("2", "加强人才队伍建设", [], ["市委组织部"], ["市人社局", "市教育局", "各县区政府"]),
        ("3", "实施城市体检", [], ["市住建局"], ["市统计局"]),
    ],
    "r22-q30b-two-bodies-parted-by-space.txt": [
        ("1", "任务甲", [], ["市委组织部"], ["市财政局", "市审计局", "市自然资源局", "市统计局"]),
        ("2", "任务乙", [], ["市住建局"], ["市财政局", "市城管局", "市水务局", "市园林局"]),
        ("3", "任务丙", [], ["省发展改革委"], ["省经信委", "住房城乡建设厅", "交通运输厅"]),
    ],
    # (review21, of the scoring-table scan and the columns after the bodies) A first row named like a rule column
    # (制定地方标准) is a row (its score on the next line); score columns named 2025年目标值, 赋分, 标准分; an empty
    # 完成时限 cell leaves the 备注 in its own column.
    "r21-34-scored-first-row-ends-like-rule.txt": [
        ("1", "制定地方标准", [], ["市市场监管局"], []),
        ("2", "新增省级质量奖企业", [], ["市市场监管局"], []),
        ("3", "食品安全抽检", [], ["市市场监管局"], []),
    ],
    "r21-35-scored-year-target-value.txt": [
        ("1", "地区生产总值增长", [], ["市发改委"], []),
        ("2", "一般公共预算收入增长", [], ["市财政局"], []),
        ("3", "规上工业增加值增长", [], ["市工信局"], []),
    ],
    "r21-05-scored-score-named-fufen.txt": [
        ("1", "招商引资", [], ["县商务局"], []),
        ("2", "项目建设", [], ["县发改局"], []),
        ("3", "安全生产", [], ["县应急管理局"], []),
    ],
    "r21-07-scored-score-named-biaozhunfen.txt": [
        ("1", "依法行政", [], ["市司法局"], []),
        ("2", "优化营商环境", [], ["市发改委"], []),
        ("3", "安全生产", [], ["市应急管理局"], []),
    ],
    "r21-16-scored-deadline-empty-then-remark.txt": [
        ("1", "新建城市公园", [], ["县住建局"], []),
        ("2", "农村公路提质改造", [], ["县交通运输局"], []),
        ("3", "中小学校舍改造", [], ["县教体局"], []),
    ],
    # 王明副市长牵头主持,市工信局具体负责。 under (一): 王明 leads (主持 is no meeting told of).
    "r21-x2-intro-leader-presides.txt": [
        ("1", "培育专精特新企业30家", ["王明"], ["市工信局"], []),
        ("2", "新增规上工业企业100家", ["王明"], ["市工信局"], ["市统计局"]),
    ],
    # 工作任务 / 目标值 / 牵头单位 / 配合单位, targets with bounds (5.5%以内): one row each.
    "r20-13-targets-no-score-column.txt": [
        ("1", "新增城镇就业", [], ["市人社局"], ["各区政府"]),
        ("2", "城镇调查失业率", [], ["市人社局"], ["市统计局"]),
        ("3", "居民人均可支配收入增长", [], ["市统计局"], ["市发改委"]),
    ],
    # (review20, of the introductions and scoring-table commits) Columns after the bodies are each row's own: a
    # rule (评分标准, 考核标准), a time (完成时限) — never the next rows' category nor the text.
    "r20-01-scored-rule-column-after-bodies.txt": [
        ("1", "完成全年新建改造城市道路15公里。", [], ["市住建局"], []),
        ("2", "推进城区雨污分流改造", [], ["市水务局", "各区政府"], []),
        ("3", "新增城市绿地面积30万平方米。", [], ["市园林局"], []),
    ],
    "r20-02-scored-deadline-after-bodies.txt": [
        ("1", "新建城市公园", [], ["县住建局"], []),
        ("2", "农村公路提质改造", [], ["县交通运输局"], []),
        ("3", "中小学校舍改造", [], ["县教体局"], []),
    ],
    # A sub-section's introduction that tells of a meeting (王明副市长牵头召开了专题推进会) names no leader.
    "r20-39-subsection-intro-tells-meeting.txt": [
        ("1", "培育专精特新企业30家", [], ["市工信局"], []),
        ("2", "新增规上工业企业100家", [], ["市工信局"], ["市统计局"]),
    ],
    "r20-50-scored-standard-column-two-duties.txt": [
        ("1", "研发经费投入强度", [], ["市科技局"], ["市统计局"]),
        ("2", "高新技术企业数量", [], ["市科技局"], ["市税务局"]),
    ],
    # A page of unnumbered paragraphs, most closed by a bracket, one a title then who answers: all are items.
    "r20-53-paragraphs-brackets-and-title-lead-in.txt": [
        ("1", "推进城市更新", [], ["市住建局"], ["各区政府"]),
        ("2", "加快城市轨道交通建设", [], ["市交通运输局"], []),
        ("3", "建设城市公园。", [], ["市园林局"], ["各区政府"]),
    ],
    "r20-55-paragraphs-brackets-and-this-work-by.txt": [
        ("1", "实施农村供水保障工程", [], ["县水利局"], []),
        ("2", "推进农村厕所革命", [], ["县农业农村局"], ["各乡镇"]),
        ("3", "建设乡村振兴示范带", [], ["县乡村振兴局"], []),
        ("4", "完成农村公路改造50公里。", [], ["县交通运输局"], []),
    ],
    # Scoring tables whose first column is the task itself (考核内容 sentences, 工作任务), with a scoring rule
    # (评分标准) or a 责任领导 column (its person the item's leader); a first row named like a header (党建工作) is
    # a row; 目标任务 and 目标值 both (a phrase, then its figure, are one row's).
    "r19-07-scored-task-sentences-and-rule.txt": [
        ("1", "完成全年污水处理厂建设任务", [], ["市水务局"], []),
        ("2", "推进老旧小区改造", [], ["市住建局", "各区政府"], []),
    ],
    "r19-11-scored-leaders-column.txt": [
        ("1", "县城污水管网改造", ["张伟"], ["县住建局"], []),
        ("2", "乡村振兴示范村建设", ["李强"], ["县农业农村局"], []),
    ],
    "r19-13-scored-first-row-named-like-header.txt": [
        ("1", "党建工作", [], ["镇党建办", "各村(社区)"], []),
        ("2", "经济发展", [], ["镇经发办"], []),
    ],
    "r19-31-scored-target-phrase-and-figure.txt": [
        ("1", "城镇新增就业", [], ["县人社局"], []),
        ("2", "农村劳动力转移", [], ["县人社局"], []),
    ],
    # Scoring tables (review19, wrong in both readers): a 备注 column after the bodies holds each row's remark,
    # not the next rows' category.
    "r19-03-scored-remarks-column.txt": [
        ("1", "粮食播种面积", [], ["县农业农村局"], []),
        ("2", "高标准农田建设", [], ["县农业农村局"], []),
        ("3", "农村居民人均可支配收入增速", [], ["县统计局"], []),
    ],
    # Indicator names that start with figures (5G, PM2.5, 2024年度): no number of the row.
    "r19-05-scored-names-start-with-figures.txt": [
        ("1", "5G基站建设", [], ["县工信局"], []),
        ("2", "PM2.5平均浓度", [], ["市生态环境局县分局"], []),
        ("3", "2024年度农村人居环境整治", [], ["县农业农村局", "县住建局"], []),
        ("4", "“十四五”规划项目开工率", [], ["县发改局"], []),
    ],
    # Scores written with 分 (10分).
    "r19-09-scored-scores-with-fen.txt": [
        ("1", "项目建设", [], ["县发改局"], []),
        ("2", "招商引资", [], ["县投资促进中心"], []),
    ],
    # A 权重 column, and a target split over two cells (100 / 公里).
    "r19-14-scored-weights-target-in-two-cells.txt": [
        ("1", "新建幼儿园", [], ["县教体局"], []),
        ("2", "改造农村公路", [], ["县交通运输局"], []),
    ],
    # An introduction of one sentence: leaders, then the bodies with a copula after a comma (由李华副区长牵头,王刚副区长
    # 配合,区城管局、区住建局为主要责任单位。); and X为牵头单位,Y为配合单位。
    "r19-22-intro-one-sentence-leaders-and-bodies.txt": [
        ("1-1", "整治占道经营", ["李华", "王刚"], ["区城管局", "区住建局"], []),
        ("1-2", "开展背街小巷", ["李华", "王刚"], ["区城管局", "区住建局"], []),
        ("2-1", "建设城市运行管理服务平台", [], ["区城管局"], ["区大数据中心"]),
        ("2-2", "推进城管执法数字化", [], ["区城管局"], ["区大数据中心"]),
    ],
    # The introduction under each sub-section (一)(二) names its leader and bodies.
    "r19-23-subsection-intros.txt": [
        ("1-1-1", "培育省级专精特新", ["王明"], ["市工信局"], []),
        ("1-1-2", "新增规上工业企业", ["王明"], ["市工信局"], []),
        ("1-2-1", "引进区域总部企业", ["李华"], ["市商务局"], []),
        ("1-2-2", "培育限上商贸企业", ["李华"], ["市商务局"], []),
    ],
    # (review19, of the scoring-table stage, the third-level titles and the introductions' leaders) A scoring
    # table ends at the notice's next heading: section 二's items are read, not swallowed by the last row.
    "r19-12-scored-table-then-section.txt": [
        ("1-1", "财政收入", [], ["县财政局"], []),
        ("1-2", "招商引资", [], ["县商务局"], []),
        ("2-1", "加强组织领导。", [], ["县委办"], []),
        ("2-2", "强化结果运用。", [], ["县委组织部"], []),
    ],
    # A numbered line whose sentence wraps on (ends with a comma) beside group titles is an item, whole.
    "r19-15-wrapped-item-beside-titles.txt": [
        ("1", "完成15家钢铁企业", [], ["市生态环境局"], ["市工信局"]),
        ("2", "淘汰燃煤小锅炉", [], ["市市场监管局"], []),
        ("2", "实施城市更新行动,改造老旧小区50个,新建改造燃气管网", [], ["市住建局"], []),
        # (3. is a title over one paragraph, but beside an item the list's titles are not told apart: its text is
        # not asserted here; a careful reader starts it at 建筑工地.)
        ("3", "", [], ["市住建局"], []),
    ],
    # An introduction telling of past work led by someone (去年,由王明副县长牵头开展的…) assigns no leader.
    "r19-20-intro-tells-past-work.txt": [
        ("2-1", "推进农村厕所革命", [], ["县农业农村局"], ["县卫健局"]),
        ("2-2", "加强农村生活垃圾治理", [], ["县住建局"], []),
        ("3-1", "加强组织领导", [], ["各乡镇"], []),
        ("3-2", "强化资金保障", [], ["县财政局"], []),
    ],
    # A sentence between items about later work (下一步,由王明副市长牵头,组织开展专项督查) names no item's leader.
    "r19-25-line-between-items-tells-later-work.txt": [
        ("1-1", "开展危化品企业", [], ["市应急管理局"], []),
        ("1-2", "推进化工园区", [], ["市应急管理局", "市工信局"], []),
        ("1-3", "完善危化品运输监管", [], ["市交通运输局"], []),
        ("2-1", "开展高层建筑", [], ["市消防救援支队"], []),
    ],
    # A numbered line wrapped mid-word (…老旧供水管 / 网更新,…) beside a group title is an item, whole.
    "r19-30-item-wrapped-mid-word-beside-title.txt": [
        ("1", "新建雨水管网30公里", [], ["市水务局"], []),
        ("2", "改造易涝点15处", [], ["市水务局", "市城管局"], []),
        ("2", "加快推进城区污水管网雨污分流改造和老旧供水管网更新", [], ["市水务局"], ["市住建局"]),
    ],
    # Indicator cells numbered themselves (1.地区生产总值增长) under 指标 / 目标值 / 牵头单位 / 配合单位: a numbered
    # table (the scoring stage leaves it), each column's bodies in their column.
    "r19-37-figures-numbered-in-name-cells.txt": [
        ("1", "地区生产总值增长", [], ["县发改局"], ["县统计局"]),
        ("2", "一般公共预算收入增长", [], ["县财政局"], ["县税务局"]),
        ("3", "城镇居民人均可支配收入增长", [], ["县统计局"], ["县人社局"]),
    ],
    # (review18, of the tables-of-figures commit) A 分值 column last whose score equals the next row's number:
    # a cell, not a row, and no row 5 from the last score.
    "r18-01-figures-score-last-equals-next-number.txt": [
        ("1", "地区生产总值增速", [], ["县发改局"], []),
        ("2", "固定资产投资增速", [], ["县发改局"], []),
        ("3", "社会消费品零售总额增速", [], ["县商务局"], []),
        ("4", "城镇新增就业人数", [], ["县人社局"], []),
    ],
    # Group rows with no 一、 mark and numbering restarting in each group: the 1 that restarts is no figure.
    "r18-06-unmarked-group-rows-restart.txt": _TWO_RESTARTING_GROUPS,
    # A numbered table of figures (计量单位, 目标值) with a 备注 column, blank in some rows: a 序号 table.
    "r18-16-figures-measure-unit-and-remarks.txt": [
        ("1", "地区生产总值增速", [], ["县发改局"], []),
        ("2", "一般公共预算收入", [], ["县财政局"], []),
        ("3", "单位GDP能耗降低", [], ["县发改局"], []),
        ("4", "城镇新增就业", [], ["县人社局"], []),
    ],
    # Empty 序号 cells, a header ending in 备注, the first row's 配合单位 a collective ending in 单位: a row.
    "r18-17-empty-serials-collective-before-remarks.txt": [
        ("1", "农村公路提质改造", ["韩志远"], ["县交通运输局"], ["县直有关单位"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "推进城东片区改造", ["郑海涛"], ["县住建局"], ["城东街道"]),
    ],
    # | rows wider than the header; one body at a row's end under 牵头单位 | 配合单位 is the lead.
    "r18-19-wide-rows-empty-cooperating.txt": [
        ("1", "地区生产总值", [], ["县发改局"], ["县统计局"]),
        ("2", "一般公共预算收入", [], ["县财政局"], []),
        ("3", "税收收入", [], ["县税务局"], ["县财政局"]),
    ],
    # Group rows as a 序号 cell 一 then the group's name; numbering restarts in each group.
    "r18-27-group-number-cell-then-name.txt": _TWO_RESTARTING_GROUPS,
    # Wide | rows whose figures have thousands separators (45,100).
    "r18-29-wide-rows-thousands.txt": [
        ("1", "城镇居民人均可支配收入", [], ["县人社局"], []),
        ("2", "农村居民人均可支配收入", [], ["县农业农村局"], []),
    ],
    # Unmarked group rows (经济发展) over four columns, numbering restarting.
    "r18-33-unmarked-groups-four-columns.txt": [
        ("1", "实施重点项目120个", [], ["县发改局"], ["县直有关单位"]),
        ("2", "争取专项债券资金", [], ["县财政局"], []),
        ("1", "新建城区幼儿园2所", [], ["县教育局"], ["县财政局"]),
        ("2", "实施老旧小区改造12个", [], ["县住建局"], []),
        ("3", "新增城镇就业3000人", [], ["县人社局"], []),
    ],
    # Tab between labelled fields on one line: the tabs are spaces, not table cells.
    "01-tab-fields-one-line.txt": [
        ("1", "新建标准化厂房", ["周明"], ["县经信局"], ["县自然资源局", "县财政局"]),
        ("2", "引进亿元以上项", ["周明"], ["县商务局"], ["各乡镇"]),
        ("3", "新增城镇就业2", ["许红"], ["县人社局"], ["县财政局"]),
    ],
    # (一) items whose text lists 一是/二是 points: the points are text, never items.
    "07-cn-bracket-items-with-yishi.txt": [
        ("1", "推进城市更新。", [], ["区住建局"], ["区城管局", "各街道"]),
        ("2", "提升教育质量。", [], ["区教育局"], ["区财政局"]),
        ("3", "加强社会保障。", [], ["区人社局"], ["各街道"]),
    ],
    # A second leader with a rarer surname (满春) in a leader cell is a leader, not the lead unit.
    "17-table-rare-surname-two-leaders.txt": [
        ("1", "建成县城东部污", ["王强", "满春"], ["县住建局"], []),
        ("2", "新建标准化厂房", ["那日苏", "乌兰"], ["县经信局"], ["县财政局"]),
        ("3", "完成农村危房改", ["冶金生"], ["县住建局"], []),
        ("4", "推进乡村振兴示", ["王强", "第五伟"], ["县农业农村局"], ["各乡镇"]),
    ],
    # A label, tabs, then its names: one field.
    "25-tab-aligned-labels.txt": [
        ("1", "新建标准化厂房", ["周明"], ["县经信局"], ["县自然资源局", "县财政局"]),
        ("2", "引进亿元以上项", [], ["县商务局"], ["各乡镇"]),
        ("3", "新增城镇就业2", ["许红"], ["县人社局"], ["县财政局"]),
    ],
    # A 完成时限 column inside a one-row header is no end of a first header row.
    "28-header-deadline-between-leader-and-units.txt": [
        ("1", "新建城南污水处", ["王强"], ["县住建局"], []),
        ("2", "改造农村公路6", ["李娜"], ["县交通运输局"], []),
    ],
    "29-header-deadline-between-lead-and-coop.txt": [
        ("1", "新建城南污水处", [], ["县住建局"], ["县生态环境分局", "县财政局"]),
        ("2", "改造农村公路6", [], ["县交通运输局"], ["各乡镇"]),
    ],
    # 一是/二是 in a preamble name no one: the items are the table's rows.
    "32-yishi-preamble-unnumbered-table.txt": [
        ("1", "新建城南小学一", [], ["县教育局"], ["县财政局"]),
        ("2", "改造农村公路6", [], ["县交通运输局"], ["各乡镇"]),
        ("3", "新增城镇就业2", [], ["县人社局"], ["县财政局"]),
    ],
    # (1)(2) points inside a (一) item whose duties come once, after them: the points are its text.
    "35-cn-bracket-items-with-bracket-points.txt": [
        ("1", "推进城市更新。", [], ["区住建局"], ["区城管局", "各街道"]),
        ("2", "提升教育质量。", [], ["区教育局"], ["区财政局"]),
        ("3", "加强社会保障。", [], ["区人社局"], ["各街道"]),
    ],
    # | rows with an outer border under a header without one, and the other way round.
    "42-piped-header-unbordered-rows-bordered.txt": [
        ("1", "推进城东片区改", ["郑海涛"], ["县住建局"], ["县自然资源局", "城东街道"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "实施农村公路提", ["韩志远"], ["县交通运输局"], ["各乡镇"]),
    ],
    "43-piped-header-bordered-rows-unbordered.txt": [
        ("1", "推进城东片区改", ["郑海涛"], ["县住建局"], ["县自然资源局", "城东街道"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "实施农村公路提", ["韩志远"], ["县交通运输局"], ["各乡镇"]),
    ],
    # Empty 序号 cells and a first task with no punctuation: a row, not more header.
    "44-numberless-rows-short-first-task.txt": [
        ("1", "农村公路提质改", ["韩志远"], ["县交通运输局"], ["各乡镇"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "推进城东片区改", ["郑海涛"], ["县住建局"], ["城东街道"]),
    ],
    # Quotes inside the words of tab-parted cells are marks of the text, not quoted cells.
    "47-tsv-stray-quotes.txt": [
        ("1", '推进政务服务"', ["钱国平"], ["镇便民服务中心"], ["各村"]),
        ("2", "新建村级养老服", ["严海"], ["镇民政办"], ["各村"]),
        ("3", "开展人居环境整", ["严海"], ["镇农业服务中心"], ["各村"]),
        ("4", "新增城镇就业3", ["钱国平"], ["镇社会事务办"], ["镇财政所"]),
    ],
    # 主要领导 亲自抓 in closing requirements is no field: two items, ids unchanged.
    "49-closing-requirements-leader-words.txt": [
        ("1", "新建标准化厂房", ["王强"], ["县经信局"], []),
        ("2", "新增城镇就业2", ["许红"], ["县人社局"], []),
    ],
    "14-label-space-sentence.txt": [
        ("1", "完成乡村道路硬", ["傅强"], ["乡建设办"], ["乡财政所", "各村"]),
        ("2", "新建农贸市场1", ["傅强"], ["乡经济发展办"], ["乡市场监管所"]),
    ],
    # A stray 。 between two groups of one clause: 县教育局牵头。县财政局、县自然资源局配合.
    "50-inline-clause-period-before-verb-group.txt": [
        ("1", "新建城南小学一", [], ["县教育局"], ["县财政局", "县自然资源局"]),
        ("2", "改造农村公路6", [], ["县交通运输局", "各乡镇"], []),
        ("3", "新增城镇就业2", [], ["县人社局"], []),
    ],
    # 牵头负责领导:王强。 李娜 — a second leader after a stray 。.
    "37-stray-period-variants.txt": [
        ("1", "新建标准化厂房", ["王强", "李娜"], ["县经信局"], ["县财政局", "县自然资源局"]),
        ("2", "引进亿元以上项", [], ["县商务局"], ["各乡镇"]),
        ("3", "新增城镇就业2", ["许红"], ["县人社局", "县就业服务中心"], ["县财政局", "各乡镇"]),
    ],
    # 以下工作由县经信局牵头,各乡镇配合。 under (一): who answers for the items that follow it.
    "38-subsection-intro-clause.txt": [
        ("1-1-1", "新建标准化厂房", [], ["县经信局"], ["各乡镇"]),
        ("1-1-2", "规上工业增加值", [], ["县经信局"], ["各乡镇"]),
        ("1-2-1", "新建高标准农田", [], ["县农业农村局"], ["县财政局"]),
        ("1-3-1", "新建乡镇商贸中", [], ["县商务局"], []),
        ("2-3", "新建幼儿园3所", [], ["县教育局"], []),
    ],
    # Sub-sections of one unnumbered paragraph each, beside one with numbered items.
    "39-mixed-subsections-numbered-and-paragraph.txt": [
        ("1-1-1", "新建标准化厂房", [], ["县经信局"], ["各乡镇"]),
        ("1-1-2", "规上工业增加值", [], ["县经信局"], []),
        ("1-2-1", "新建高标准农田", [], ["县农业农村局"], ["县财政局"]),
        ("1-3-1", "新建乡镇商贸中", [], ["县商务局"], []),
        ("2-3", "新建幼儿园3所", [], ["县教育局"], []),
    ],
    # Round 4 (the family-layout round). Headings with a lead clause over items naming their own units:
    # the clause is the section's scope, the heading is no item.
    "r4-01.txt": [
        ("1", "全年实施重点项", [], ["县发改局"], ["县财政局", "县自然资源局"]),
        ("2", "争取中央预算内", [], ["县发改局"], ["县财政局"]),
        ("3", "深化“一件事一", [], ["县营商环境办"], ["县政务服务中心"]),
        ("4", "开展涉企收费专", [], ["县市场监管局"], ["县营商环境办"]),
    ],
    # The same with a leader by name and title in the heading (刘洋副市长).
    "r4-02.txt": [
        ("1", "新建改扩建中小", ["刘洋"], ["市教育局"], ["市财政局", "市自然资源和规划局"]),
        ("2", "实施学校食堂“", ["刘洋"], ["市教育局"], ["市市场监管局"]),
        ("3", "为全市65岁以", ["陈静"], ["市卫健委"], ["市财政局", "各区县政府"]),
    ],
    # A news page whose paragraphs end in organisers' brackets (主办, 协办, 承办): no notice.
    "r4-03.txt": [],
    # Bodies named without 县委 (组织部, 党校): 组织 starts a task only in a long name.
    "r4-06.txt": [
        ("1", "加强党员干部教", [], ["组织部", "党校"], []),
        ("2", "开展“清廉机关", [], ["纪委监委", "组织部"], []),
        ("3", "做好新时代统战", [], ["统战部", "组织部"], []),
        ("4", "完成村(社区)", [], ["乡镇党委", "民政局", "组织部", "人社局"], []),
    ],
    # 新建区 is a district: a short name that starts with a work verb is still a body.
    "r4-07.txt": [
        ("1", "推进赣江新区与", [], ["新建区人民政府"], ["市发改委", "市自然资源局"]),
        ("2", "建设昌北国际机", [], ["新建区人民政府", "市交通运输局"], []),
        ("3", "实施城市更新行", [], ["市住建局"], ["东湖区人民政府", "西湖区人民政府", "新建区人民政府"]),
    ],
    # Two | tables without 序号 parted by a title line: the second header is a header, in its own order.
    "r4-08.txt": [
        ("1", "全年新开工亿元", [], ["县发改局"], ["县自然资源局"]),
        ("2", "新增规上工业企", [], ["县工信局"], ["县统计局"]),
        ("3", "新增城镇就业3", [], ["县人社局"], ["县财政局"]),
        ("4", "改造农村公路5", [], ["县交通运输局"], ["各乡镇"]),
    ],
    # One cell per line with | lines and date cells (2024年9月30日): a date cell starts no signature.
    "r4-10.txt": [
        ("1", "新建社区嵌入式", ["陈静"], ["区民政局"], []),
        ("2", "改造老旧小区供", ["赵刚"], ["区住建局"], []),
        ("3", "新增公办幼儿园", ["陈静"], ["区教育局"], []),
    ],
    # Qualified labels after a ; (项目实施单位:, 管理责任单位:) are labels, not names glued to a field.
    "r4-13.txt": [
        ("1", "建成县城污水处", [], ["县住建局"], ["县城投公司"]),
        ("2", "新建乡镇卫生院", [], ["县卫健委"], ["各相关乡镇卫生院"]),
        ("3", "完成高标准农田", [], ["县农业农村局"], ["各乡镇人民政府"]),
    ],
    # A web page's footer (主办: / 承办: on their own lines) is no duty of the last item.
    "r4-14.txt": [
        ("1", "全年地区生产总", [], ["区发改局"], ["区统计局"]),
        ("2", "新增城镇就业5", [], ["区人社局"], ["区财政局"]),
        ("3", "完成老旧小区改", [], ["区住建局"], ["各街道办事处"]),
    ],
    # A group heading with a year (2024年度…督办事项(…牵头)) and no items names a group, not a task.
    "r4-16.txt": [
        ("1", "推行“一业一证", [], ["县行政审批局"], ["县市场监管局"]),
        ("2", "深化“一网通办", [], ["县数据局"], ["县直各部门"]),
        ("3", "全面落实市场准", [], ["县发改局"], ["县市场监管局"]),
    ],
    # A contact table after a sentence (各单位联络员名单如下:) is no part of the task table.
    "r4-20.txt": [
        ("1", "开展背街小巷环", [], ["区城管局"], ["各街道办事处"]),
        ("2", "规范农贸市场秩", [], ["区市场监管局"], ["区商务局"]),
        ("3", "整治占道经营", [], ["区城管局"], ["区公安分局"]),
    ],
    # A group sentence whose first unit is marked (牵头): it leads, the others cooperate.
    "r4-21.txt": [
        ("1", "新培育国家级专", [], ["县工信局"], ["县发改局", "县财政局"]),
        ("2", "新增规上工业企", [], ["县工信局"], ["县发改局", "县财政局"]),
        ("3", "工业技改投资增", [], ["县工信局"], ["县发改局", "县财政局"]),
        ("4", "新建标准化厂房", [], ["县园区管委会"], ["县住建局"]),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_review_case(name: str) -> None:
    notice = fyplan.parse((REVIEW / name).read_text(encoding="utf-8"), source=name)
    got = [
        (
            i.id,
            i.text[: len(want[1])],
            [str(x) for x in i.leaders],
            [str(x) for x in i.lead_units],
            [str(x) for x in i.cooperating_units],
        )
        for i, want in zip(notice.items(), EXPECTED[name], strict=False)
    ]
    assert len(notice.items()) == len(EXPECTED[name])
    assert got == EXPECTED[name]
    # Nothing that names who answers was left outside an item (but a preamble's points, said so in a finding).
    said = [d.line for d in notice.diagnostics if "introduction" in d.message]
    assert said == PREAMBLE_POINTS.get(name, [])


def test_a_title_with_a_space_on_a_page_run_onto_one_line_is_whole() -> None:
    text = (REVIEW / "r24-e15-one-line-title-with-space.txt").read_text(encoding="utf-8")
    titles = [s.title for s in fyplan.parse(text).sections]
    assert titles == ["坚定不移 推进工业强县战略实施见实效", "持续优化 营商环境和市场主体服务水平"]


def test_every_review_input_has_expectations() -> None:
    assert sorted(p.name for p in REVIEW.glob("*.txt")) == sorted(EXPECTED)


def test_a_form_gives_its_items_their_deadlines() -> None:
    # (review27) 完成时限 alone over its value, in a form under each numbered item or in records of label-over-value
    # lines: each item's own deadline (the base lost them, or gave one item the other's).
    for name, want in (
        ("r27-26-form-fields-under-items.txt", ["2026年11月", "2026年10月"]),
        ("r27-31-records-label-over-value.txt", ["2026年9月", "2026年11月"]),
        ("r27-14-form-with-leader.txt", ["2026年10月15日前"]),
        # (the notice's own 完成时限 after its items, 各项任务须于2026年12月底前全部完成: every item's, not the last one's form)
        ("r27-28-notice-headings-around-items.txt", ["2026年12月底前", "2026年12月底前"]),
        # (review28) —— / — in a 配合单位 cell say it is empty: no deadline (there is no 完成时限 column at all).
        ("r28-21-empty-marks-beside-dash.txt", [None, None, None]),
        ("r31-06-bars-two-row-header.txt", ["2024年9月", "2024年11月"]),
        ("r30-34-deadline-labels-ending-in-time.txt", ["2024年9月底", "2024年11月", "2024年6月", "2024年12月"]),
        # (review33) 建设时间 is the period of the work, not the deadline.
        ("r33-06-period-column.txt", [None, None]),
        # (review34) 时间: before a date in words: the deadline (资金来源 after it on the line is no page's 来源).
        ("r34-23-time-lines.txt", ["2025年底前", "2025年10月", "6月30日前", "2025年12月底前"]),
        ("r29-16-piped-empty-marks-numbered.txt", ["2025年12月底", "2025年12月底", None, "2025年10月底"]),
        ("r29-17-piped-empty-marks-unnumbered.txt", ["2025年11月底", "2025年10月底", None, "2025年9月底"]),
    ):
        notice = fyplan.parse((REVIEW / name).read_text(encoding="utf-8"), source=name)
        got = [i.deadline.written if i.deadline else None for i in notice.items()]
        assert got == want, name
