[[2022 年|TIME:t1]]成都市国民经济和社会发展统计公报
成都市统计局

国家统计局成都调查队

[[2023 年 3 月 25 日|TIME:t2]]

[[2022 年|TIME:t3]]，面对严峻复杂的国际环境和多重困难叠加的局面，
全市上下坚持以习近平新时代中国特色社会主义思想为指导，深入
学习贯彻党的二十大精神和习近平总书记对四川及成都工作系列
重要指示精神，全面落实党中央国务院和省委省政府、市委市政府
决策部署，完整、准确、全面贯彻新发展理念，加快构建新发展格
局，着力推动高质量发展，坚持稳中求进工作总基调，积极应对困
难挑战，经济发展总体平稳，社会大局保持稳定，各项事业取得新
进展新成效，为成都迈步现代化建设新征程奠定了坚实基础。
一、综合
（一）地区生产总值
根据地区生产总值统一核算初步结果，[[全年|TIME:t4]]实现[[地区生产总
值|IND:i1]]（GDP）[[20817.5|VAL ind=i1 unit=u1]] [[亿元|UNIT:u1]]，按可比价格计算，比上年增长 [[2.8|VAL ind=i1 kind=change unit=u2]][[%|UNIT:u2]]。
分产业看，[[第一产业增加值|IND:i2]] [[588.4|VAL ind=i2 unit=u3]] [[亿元|UNIT:u3]]，增长 [[3.8|VAL ind=i2 kind=change unit=u4]][[%|UNIT:u4]]；[[第二产业增
加值|IND:i3]] [[6404.1|VAL ind=i3 unit=u5]] [[亿元|UNIT:u5]]，增长 [[5.5|VAL ind=i3 kind=change unit=u6]][[%|UNIT:u6]]；[[第三产业增加值|IND:i4]] [[13825.0|VAL ind=i4 unit=u7]] [[亿元|UNIT:u7]]，
— 1 —

增长 [[1.5|VAL ind=i4 kind=change unit=u8]][[%|UNIT:u8]]。[[三次产业对经济增长的贡献率|IND:i5]]分别为 [[4.9|VAL ind=i5 unit=u9]][[%|UNIT:u9]]、[[59.6|VAL ind=i5 unit=u10]][[%|UNIT:u10]]、
[[35.5|VAL ind=i5 unit=u11]][[%|UNIT:u11]]。[[三次产业结构|IND:i6]]为 [[2.8|VAL ind=i6]] : [[30.8|VAL ind=i6]] : [[66.4|VAL ind=i6]]。按常住人口计算，[[人
均地区生产总值|IND:i7]] [[98149|VAL ind=i7 unit=u12]] [[元|UNIT:u12]]，增长 [[2.0|VAL ind=i7 kind=change unit=u13]][[%|UNIT:u13]]。
表 1：[[2022 年|TIME:t5]]地区生产总值及其增长速度
指标

[[2022 年|TIME:t6]]（亿元）

比上年增长（%）

[[地区生产总值|IND:i8]]

[[20817.5|VAL ind=i8]]

[[2.8|VAL ind=i8 kind=change]]

[[第一产业|IND:i9]]

[[588.4|VAL ind=i9]]

[[3.8|VAL ind=i9 kind=change]]

[[第二产业|IND:i10]]

[[6404.1|VAL ind=i10]]

[[5.5|VAL ind=i10 kind=change]]

[[第三产业|IND:i11]]

[[13825.0|VAL ind=i11]]

[[1.5|VAL ind=i11 kind=change]]

图 1：[[2018―2022 年|TIME:t7]]地区生产总值及其增长速度

（二）财政税收
[[全年|TIME:t8]]完成[[一般公共预算收入|IND:i12]] [[1722.4|VAL ind=i12 time=t8 unit=u14]] [[亿元|UNIT:u14]]，扣除留抵退税因
素后增长 [[5.8|VAL ind=i12 kind=change unit=u15]][[%|UNIT:u15]]，
按自然口径计算增长 [[1.5|VAL ind=i12 kind=change unit=u16]][[%|UNIT:u16]]。其中[[税收收入|IND:i13]] [[1267.8|VAL ind=i13 unit=u17]]
[[亿元|UNIT:u17]]，扣除留抵退税因素后增长 [[5.3|VAL ind=i13 kind=change unit=u18]][[%|UNIT:u18]]，按自然口径计算下降
[[0.4|VAL ind=i13 kind=change unit=u19]][[%|UNIT:u19]]，[[占一般公共预算收入比重|IND:i14]]达 [[73.6|VAL ind=i14 unit=u20]][[%|UNIT:u20]]。[[一般公共预算支出|IND:i15]]
[[2435.0|VAL ind=i15 unit=u21]] [[亿元|UNIT:u21]]，比上年增长 [[8.8|VAL ind=i15 kind=change unit=u22]][[%|UNIT:u22]]。[[税务部门组织税费收入|IND:i16]] [[7359.4|VAL ind=i16 unit=u23]]
[[亿元|UNIT:u23]]，其中[[组织税收收入（不含海关代征）|IND:i17]][[3129.0|VAL ind=i17 unit=u24]] [[亿元|UNIT:u24]]，下降
— 2 —

[[4.5|VAL ind=i17 kind=change unit=u25]][[%|UNIT:u25]]，扣除留抵退税因素后增长 [[3.1|VAL ind=i17 kind=change unit=u26]][[%|UNIT:u26]]。
图 2：[[2018―2022 年|TIME:t9]]一般公共预算收入及其增长速度

（三）固定资产投资
[[全年|TIME:t10]][[全社会固定资产投资|IND:i18]]比上年增长 [[5.0|VAL ind=i18 time=t10 kind=change unit=u27]][[%|UNIT:u27]]。分产业看，[[第
一产业投资|IND:i19]]增长 [[7.1|VAL ind=i19 kind=change unit=u28]][[%|UNIT:u28]]；[[第二产业投资|IND:i20]]下降 [[0.9|VAL ind=i20 kind=change unit=u29]][[%|UNIT:u29]]，其中[[工业投资|IND:i21]]
增长 [[1.2|VAL ind=i21 kind=change unit=u30]][[%|UNIT:u30]]；[[第三产业投资|IND:i22]]增长 [[6.6|VAL ind=i22 kind=change unit=u31]][[%|UNIT:u31]]。分经济类型看，[[国有经济
投资|IND:i23]]增长 [[13.5|VAL ind=i23 kind=change unit=u32]][[%|UNIT:u32]]；[[民间投资|IND:i24]]增长 [[5.4|VAL ind=i24 kind=change unit=u33]][[%|UNIT:u33]]。[[基础设施投资|IND:i25]]下降 [[7.2|VAL ind=i25 kind=change unit=u34]][[%|UNIT:u34]]。
重点区域投资较快增长，[[四川天府新区成都直管区|IND:i26]]、[[成都高新区|IND:i27]]、
[[成都东部新区完成投资|IND:i28]]分别增长 [[8.9|VAL ind=i26 kind=change unit=u35]][[%|UNIT:u35]]、[[8.5|VAL ind=i27 kind=change unit=u36]][[%|UNIT:u36]]、[[7.7|VAL ind=i28 kind=change unit=u37]][[%|UNIT:u37]]。
图 3：[[2018―2022 年|TIME:t11]]固定资产投资增长速度

— 3 —

（四）物价
[[全年|TIME:t12]][[居民消费价格|IND:i29]]（CPI）比上年上涨 [[2.4|VAL ind=i29 time=t12 kind=change unit=u38]][[%|UNIT:u38]]，其中[[交通和通
信类|IND:i30]]上涨 [[5.8|VAL ind=i30 kind=change unit=u39]][[%|UNIT:u39]]，[[衣着类|IND:i31]]上涨 [[3.3|VAL ind=i31 kind=change unit=u40]][[%|UNIT:u40]]，[[生活用品及服务类|IND:i32]]上涨 [[2.9|VAL ind=i32 kind=change unit=u41]][[%|UNIT:u41]]，
[[食品烟酒类|IND:i33]]上涨 [[2.4|VAL ind=i33 kind=change unit=u42]][[%|UNIT:u42]]，[[教育文化和娱乐类|IND:i34]]上涨 [[2.0|VAL ind=i34 kind=change unit=u43]][[%|UNIT:u43]]，[[居住类|IND:i35]]上
涨 [[1.3|VAL ind=i35 kind=change unit=u44]][[%|UNIT:u44]]，[[医疗保健类|IND:i36]]下降 [[0.3|VAL ind=i36 kind=change unit=u45]][[%|UNIT:u45]]。[[商品零售价格|IND:i37]]上涨 [[2.8|VAL ind=i37 kind=change unit=u46]][[%|UNIT:u46]]。
表 2：[[2022 年|TIME:t13]]居民消费价格指数（上年=100）
指标
[[居民消费价格|IND:i38]]

指数
[[102.4|VAL ind=i38]]

其中:[[食品烟酒|IND:i39]]

[[102.4|VAL ind=i39]]

[[衣着|IND:i40]]

[[103.3|VAL ind=i40]]

[[居住|IND:i41]]

[[101.3|VAL ind=i41]]

[[生活用品及服务|IND:i42]]

[[102.9|VAL ind=i42]]

[[交通和通信|IND:i43]]

[[105.8|VAL ind=i43]]

[[教育文化和娱乐|IND:i44]]

[[102.0|VAL ind=i44]]

[[医疗保健|IND:i45]]

[[99.7|VAL ind=i45]]

[[其他用品和服务|IND:i46]]

[[102.0|VAL ind=i46]]

（五）人口
[[年末|TIME:t14]][[常住人口|IND:i47]] [[2126.8|VAL ind=i47 time=t14 unit=u47]] [[万人|UNIT:u47]]，比上年末增加 [[7.6|VAL ind=i47 time=t14 kind=change unit=u48]] [[万人|UNIT:u48]]，增长
[[0.4|VAL ind=i47 kind=change unit=u49]][[%|UNIT:u49]]。其中，[[城镇常住人口|IND:i48]] [[1699.1|VAL ind=i48 unit=u50]] [[万人|UNIT:u50]]，[[常住人口城镇化率|IND:i49]]
[[79.9|VAL ind=i49 unit=u51]][[%|UNIT:u51]]，比上年末提高 [[0.4|VAL ind=i49 kind=change unit=u52]] [[个百分点|UNIT:u52]]。[[年末|TIME:t15]][[户籍人口|IND:i50]] [[1571.6|VAL ind=i50 time=t15 unit=u53]] [[万人|UNIT:u53]]，
比上年末增加 [[15.4|VAL ind=i50 kind=change unit=u54]] [[万人|UNIT:u54]]，[[户籍人口城镇化率|IND:i51]] [[68.8|VAL ind=i51 unit=u55]][[%|UNIT:u55]]。
二、国民经济各行业
（一）农林牧渔业
— 4 —

[[全年|TIME:t16]]实现[[农林牧渔业总产值|IND:i52]] [[950.4|VAL ind=i52 time=t16 unit=u56]] [[亿元|UNIT:u56]]，按可比价格计算，
比上年增长 [[3.6|VAL ind=i52 kind=change unit=u57]][[%|UNIT:u57]]。其中[[种植业|IND:i53]] [[634.8|VAL ind=i53 unit=u58]] [[亿元|UNIT:u58]]，增长 [[3.7|VAL ind=i53 kind=change unit=u59]][[%|UNIT:u59]]；[[林业|IND:i54]] [[19.2|VAL ind=i54 unit=u60]]
[[亿元|UNIT:u60]]，下降 [[6.2|VAL ind=i54 kind=change unit=u61]][[%|UNIT:u61]]；[[畜牧业|IND:i55]] [[228.0|VAL ind=i55 unit=u62]] [[亿元|UNIT:u62]]，增长 [[3.1|VAL ind=i55 kind=change unit=u63]][[%|UNIT:u63]]；[[渔业|IND:i56]] [[30.3|VAL ind=i56 unit=u64]] [[亿
元|UNIT:u64]]，增长 [[3.9|VAL ind=i56 kind=change unit=u65]][[%|UNIT:u65]]。[[粮食产量|IND:i57]] [[227.0|VAL ind=i57 unit=u66]] [[万吨|UNIT:u66]]，下降 [[1.6|VAL ind=i57 kind=change unit=u67]][[%|UNIT:u67]]；经济作物中
[[蔬菜及食用菌|IND:i58]]、[[中草药材|IND:i59]]、[[园林水果产量|IND:i60]]分别增长 [[1.9|VAL ind=i58 kind=change unit=u68]][[%|UNIT:u68]]、[[6.2|VAL ind=i59 kind=change unit=u69]][[%|UNIT:u69]]、
[[2.7|VAL ind=i60 kind=change unit=u70]][[%|UNIT:u70]]。[[生猪出栏|IND:i61]] [[428.7|VAL ind=i61 unit=u71]] [[万头|UNIT:u71]]，增长 [[2.8|VAL ind=i61 kind=change unit=u72]][[%|UNIT:u72]]。[[肉类产量|IND:i62]] [[45.5|VAL ind=i62 unit=u73]] [[万吨|UNIT:u73]]，
增长 [[0.6|VAL ind=i62 kind=change unit=u74]][[%|UNIT:u74]]。
[[全年|TIME:t17]][[农作物播种面积|IND:i63]] [[1104.2|VAL ind=i63 time=t17 unit=u75]] [[万亩|UNIT:u75]]，比上年增长 [[0.8|VAL ind=i63 time=t17 kind=change unit=u76]][[%|UNIT:u76]]。[[粮食
作物播种面积|IND:i64]] [[582.6|VAL ind=i64 unit=u77]] [[万亩|UNIT:u77]]，增长 [[1.7|VAL ind=i64 kind=change unit=u78]][[%|UNIT:u78]]；[[经济作物播种面积|IND:i65]] [[521.6|VAL ind=i65 unit=u79]]
[[万亩|UNIT:u79]]，下降 [[0.3|VAL ind=i65 kind=change unit=u80]][[%|UNIT:u80]]，其中[[油料作物播种面积|IND:i66]] [[197.8|VAL ind=i66 unit=u81]] [[万亩|UNIT:u81]]，下降 [[1.9|VAL ind=i66 kind=change unit=u82]][[%|UNIT:u82]]；
[[蔬菜及食用菌播种面积|IND:i67]] [[274.4|VAL ind=i67 unit=u83]] [[万亩|UNIT:u83]]，增长 [[3.0|VAL ind=i67 kind=change unit=u84]][[%|UNIT:u84]]；[[中草药材播种面
积|IND:i68]] [[21.5|VAL ind=i68 unit=u85]] [[万亩|UNIT:u85]]，下降 [[3.2|VAL ind=i68 kind=change unit=u86]][[%|UNIT:u86]]。
[[新建成高标准农田|IND:i69]][[30.7万|VAL ind=i69 unit=u87]][[亩|UNIT:u87]]，[[高效节水灌溉面积|IND:i70]][[3.7万|VAL ind=i70 unit=u88]][[亩|UNIT:u88]]。
（二）工业和建筑业
[[全年|TIME:t18]][[规模以上工业增加值|IND:i71]]比上年增长 [[5.6|VAL ind=i71 time=t18 kind=change unit=u89]][[%|UNIT:u89]]。[[五大先进制造
业|IND:i72]]合计增长 [[3.0|VAL ind=i72 kind=change unit=u90]][[%|UNIT:u90]]，其中[[电子信息产业|IND:i73]]增长 [[12.0|VAL ind=i73 kind=change unit=u91]][[%|UNIT:u91]]，[[医药健康产
业|IND:i74]]增长 [[2.7|VAL ind=i74 kind=change unit=u92]][[%|UNIT:u92]]，[[装备制造产业|IND:i75]]增长 [[2.2|VAL ind=i75 kind=change unit=u93]][[%|UNIT:u93]]，[[绿色健康产业|IND:i76]]增长 [[1.6|VAL ind=i76 kind=change unit=u94]][[%|UNIT:u94]]，
[[新型材料产业|IND:i77]]下降 [[17.8|VAL ind=i77 kind=change unit=u95]][[%|UNIT:u95]]。[[规模以上高技术制造业增加值|IND:i78]]增长
[[4.9|VAL ind=i78 kind=change unit=u96]][[%|UNIT:u96]]，其中[[航空航天器及设备制造业|IND:i79]]、[[电子及通信设备制造业|IND:i80]]分
别增长 [[12.7|VAL ind=i79 kind=change unit=u97]][[%|UNIT:u97]]、[[7.3|VAL ind=i80 kind=change unit=u98]][[%|UNIT:u98]]。
[[全年|TIME:t19]]实现[[建筑业增加值|IND:i81]][[1443.8亿|VAL ind=i81 time=t19 unit=u99]][[元|UNIT:u99]]，比上年增长[[4.9|VAL ind=i81 time=t19 kind=change unit=u100]] [[%|UNIT:u100]]。施工
— 5 —

[[总承包和专业承包建筑企业竣工产值|IND:i82]][[2761.1亿|VAL ind=i82 unit=u101]][[元|UNIT:u101]]。[[房屋施工面积|IND:i83]]
[[32227.2万|VAL ind=i83 unit=u102]][[平方米|UNIT:u102]]，[[竣工面积|IND:i84]][[6390.9万|VAL ind=i84 unit=u103]][[平方米|UNIT:u103]]，[[房屋竣工率|IND:i85]][[19.8|VAL ind=i85 unit=u104]][[%|UNIT:u104]]。
表 3：[[2022 年|TIME:t20]]规模以上工业企业主要工业产品产量及其增长速度
产品名称

单位

产量

比上年增长（%）

[[汽车|IND:i86]]

[[万辆|UNIT:tu1]]

[[62.1|VAL ind=i86 unit=tu1]]

[[7.1|VAL ind=i86 kind=change]]

[[电子计算机整机|IND:i87]]

[[万台|UNIT:tu2]]

[[9168.4|VAL ind=i87 unit=tu2]]

-[[5.8|VAL ind=i87 kind=change]]

[[移动通信手持机（手机）|IND:i88]]

[[万台|UNIT:tu3]]

[[406.3|VAL ind=i88 unit=tu3]]

-[[40.3|VAL ind=i88 kind=change]]

[[集成电路|IND:i89]]

[[亿块|UNIT:tu4]]

[[89.5|VAL ind=i89 unit=tu4]]

[[2.1|VAL ind=i89 kind=change]]

[[饲料|IND:i90]]

[[万吨|UNIT:tu5]]

[[292.5|VAL ind=i90 unit=tu5]]

-[[23.0|VAL ind=i90 kind=change]]

[[乳制品|IND:i91]]

[[万吨|UNIT:tu6]]

[[55.7|VAL ind=i91 unit=tu6]]

-[[11.8|VAL ind=i91 kind=change]]

[[卷烟|IND:i92]]

[[亿支|UNIT:tu7]]

[[911.6|VAL ind=i92 unit=tu7]]

[[0.1|VAL ind=i92 kind=change]]

[[白酒|IND:i93]]

[[万千升|UNIT:tu8]]

[[19.3|VAL ind=i93 unit=tu8]]

[[4.6|VAL ind=i93 kind=change]]

[[皮革鞋靴|IND:i94]]

[[万双|UNIT:tu9]]

[[1697.1|VAL ind=i94 unit=tu9]]

[[15.4|VAL ind=i94 kind=change]]

[[木质家具|IND:i95]]

[[万件|UNIT:tu10]]

[[1249.9|VAL ind=i95 unit=tu10]]

[[0.5|VAL ind=i95 kind=change]]

[[农用氮、磷、钾化学肥料|IND:i96]]

[[万吨|UNIT:tu11]]

[[16.3|VAL ind=i96 unit=tu11]]

-[[5.7|VAL ind=i96 kind=change]]

[[化学药品原药|IND:i97]]

[[万吨|UNIT:tu12]]

[[3.5|VAL ind=i97 unit=tu12]]

[[0.3|VAL ind=i97 kind=change]]

[[中成药|IND:i98]]

[[万吨|UNIT:tu13]]

[[2.5|VAL ind=i98 unit=tu13]]

[[1.9|VAL ind=i98 kind=change]]

[[塑料制品|IND:i99]]

[[万吨|UNIT:tu14]]

[[79.7|VAL ind=i99 unit=tu14]]

-[[8.9|VAL ind=i99 kind=change]]

[[水泥|IND:i100]]

[[万吨|UNIT:tu15]]

[[1236.3|VAL ind=i100 unit=tu15]]

-[[8.8|VAL ind=i100 kind=change]]

[[万重量箱|UNIT:tu16]]

[[3217.3|VAL ind=i101 unit=tu16]]

-[[0.2|VAL ind=i101 kind=change]]

[[万吨|UNIT:tu17]]

[[521.5|VAL ind=i102 unit=tu17]]

-[[8.6|VAL ind=i102 kind=change]]

[[万吨|UNIT:tu18]]

[[13.7|VAL ind=i103 unit=tu18]]

-[[35.6|VAL ind=i103 kind=change]]

[[天然气|IND:i104]]

[[亿立方米|UNIT:tu19]]

[[398.9|VAL ind=i104 unit=tu19]]

[[7.2|VAL ind=i104 kind=change]]

[[发电量|IND:i105]]

[[亿千瓦小时|UNIT:tu20]]

[[618.2|VAL ind=i105 unit=tu20]]

[[4.0|VAL ind=i105 kind=change]]

[[平板玻璃|IND:i101]]
[[钢材|IND:i102]]
#[[无缝钢管|IND:i103]]

（三）房地产业
[[全年|TIME:t21]][[房地产开发投资|IND:i106]]比上年增长 [[7.0|VAL ind=i106 time=t21 kind=change unit=u105]][[%|UNIT:u105]]。[[商品房销售面积|IND:i107]]（含
— 6 —

预售）[[2773.0|VAL ind=i107 unit=u106]] [[万平方米|UNIT:u106]]，下降 [[23.9|VAL ind=i107 kind=change unit=u107]][[%|UNIT:u107]]，其中[[住宅销售面积|IND:i108]] [[2013.6|VAL ind=i108 unit=u108]]
[[万平方米|UNIT:u108]]，下降 [[23.0|VAL ind=i108 kind=change unit=u109]][[%|UNIT:u109]]。[[商品房销售额|IND:i109]] [[3812.8|VAL ind=i109 unit=u110]] [[亿元|UNIT:u110]]，下降 [[18.6|VAL ind=i109 kind=change unit=u111]] [[%|UNIT:u111]]，
其中[[住宅销售额|IND:i110]] [[3300.7|VAL ind=i110 unit=u112]] [[亿元|UNIT:u112]]，下降 [[14.2|VAL ind=i110 kind=change unit=u113]][[%|UNIT:u113]]。
表 4：[[2022 年|TIME:t22]]房地产开发和销售主要指标及其增长速度
指标

单位

[[2022 年|TIME:t23]]

比上年增长（%）

[[房地产开发投资|IND:i111]]

亿元

—

[[7.0|VAL ind=i111 kind=change]]

#[[住宅投资|IND:i112]]

亿元

—

[[10.8|VAL ind=i112 kind=change]]

[[商品房竣工面积|IND:i113]]

[[万平方米|UNIT:tu21]]

[[1235.1|VAL ind=i113 unit=tu21]]

-[[15.4|VAL ind=i113 kind=change]]

[[万平方米|UNIT:tu22]]

[[782.3|VAL ind=i114 unit=tu22]]

-[[12.8|VAL ind=i114 kind=change]]

[[万平方米|UNIT:tu23]]

[[2773.0|VAL ind=i115 unit=tu23]]

-[[23.9|VAL ind=i115 kind=change]]

#[[住宅|IND:i116]]

[[万平方米|UNIT:tu24]]

[[2013.6|VAL ind=i116 unit=tu24]]

-[[23.0|VAL ind=i116 kind=change]]

[[商品房销售额|IND:i117]]

[[亿元|UNIT:tu25]]

[[3812.8|VAL ind=i117 unit=tu25]]

-[[18.6|VAL ind=i117 kind=change]]

#[[住宅|IND:i118]]

[[亿元|UNIT:tu26]]

[[3300.7|VAL ind=i118 unit=tu26]]

-[[14.2|VAL ind=i118 kind=change]]

[[万平方米|UNIT:tu27]]

[[2717.4|VAL ind=i119 unit=tu27]]

-[[12.4|VAL ind=i119 kind=change]]

[[万平方米|UNIT:tu28]]

[[1739.5|VAL ind=i120 unit=tu28]]

-[[4.2|VAL ind=i120 kind=change]]

#[[住宅|IND:i114]]
[[商品房销售面积|IND:i115]]

[[商品房新开工面积|IND:i119]]
#[[住宅|IND:i120]]

（四）交通运输邮政仓储业
[[全年|TIME:t24]]实现[[交通运输邮政仓储业增加值|IND:i121]] [[1021.4|VAL ind=i121 time=t24 unit=u114]] [[亿元|UNIT:u114]]，比上年
下降 [[1.9|VAL ind=i121 kind=change unit=u115]][[%|UNIT:u115]]。[[全年|TIME:t25]][[旅客周转量|IND:i122]] [[535.0|VAL ind=i122 time=t25 unit=u116]] [[亿人公里|UNIT:u116]]，下降 [[35.6|VAL ind=i122 time=t25 kind=change unit=u117]][[%|UNIT:u117]]。其中，
[[铁路旅客周转量|IND:i123]] [[39.9|VAL ind=i123 unit=u118]] [[亿人公里|UNIT:u118]]，下降 [[32.9|VAL ind=i123 kind=change unit=u119]][[%|UNIT:u119]]；[[公路旅客周转量|IND:i124]]
[[31.1|VAL ind=i124 unit=u120]] [[亿人公里|UNIT:u120]]，下降 [[38.3|VAL ind=i124 kind=change unit=u121]][[%|UNIT:u121]]；[[航空旅客周转量|IND:i125]] [[464.1|VAL ind=i125 unit=u122]] [[亿人公里|UNIT:u122]]，
下降 [[35.6|VAL ind=i125 kind=change unit=u123]][[%|UNIT:u123]]。[[全年|TIME:t26]][[货物周转量|IND:i126]] [[514.7|VAL ind=i126 time=t26 unit=u124]] [[亿吨公里|UNIT:u124]]，增长 [[3.5|VAL ind=i126 time=t26 kind=change unit=u125]][[%|UNIT:u125]]。其中，
[[铁路运输货物周转量|IND:i127]] [[106.0|VAL ind=i127 unit=u126]] [[亿吨公里|UNIT:u126]]，增长 [[3.6|VAL ind=i127 kind=change unit=u127]][[%|UNIT:u127]]；[[公路运输货物
周转量|IND:i128]] [[393.3|VAL ind=i128 unit=u128]] [[亿吨公里|UNIT:u128]]，增长 [[4.2|VAL ind=i128 kind=change unit=u129]][[%|UNIT:u129]]；[[航空运输货物周转量|IND:i129]] [[15.4|VAL ind=i129 unit=cu1]]
— 7 —

[[亿吨公里|UNIT:cu1]]，下降 [[12.1|VAL ind=i129 kind=change unit=u130]][[%|UNIT:u130]]。
表 5：[[2022 年|TIME:t27]]交通运输量及其增长速度
指标
[[全年|TIME:t28]][[货物周转量|IND:i130]]

单位

[[2022 年|TIME:t29]]

比上年增长（%）

[[亿吨公里|UNIT:tu29]]

[[514.7|VAL ind=i130 unit=tu29]]

[[3.5|VAL ind=i130 kind=change]]

#[[铁路|IND:i131]]

[[亿吨公里|UNIT:tu30]]

[[106.0|VAL ind=i131 unit=tu30]]

[[3.6|VAL ind=i131 kind=change]]

[[航空|IND:i132]]

[[亿吨公里|UNIT:tu31]]

[[15.4|VAL ind=i132 unit=tu31]]

-[[12.1|VAL ind=i132 kind=change]]

[[公路|IND:i133]]

[[亿吨公里|UNIT:tu32]]

[[393.3|VAL ind=i133 unit=tu32]]

[[4.2|VAL ind=i133 kind=change]]

[[亿人公里|UNIT:tu33]]

[[535.0|VAL ind=i134 unit=tu33]]

-[[35.6|VAL ind=i134 kind=change]]

#[[铁路|IND:i135]]

[[亿人公里|UNIT:tu34]]

[[39.9|VAL ind=i135 unit=tu34]]

-[[32.9|VAL ind=i135 kind=change]]

[[航空|IND:i136]]

[[亿人公里|UNIT:tu35]]

[[464.1|VAL ind=i136 unit=tu35]]

-[[35.6|VAL ind=i136 kind=change]]

[[公路|IND:i137]]

[[亿人公里|UNIT:tu36]]

[[31.1|VAL ind=i137 unit=tu36]]

-[[38.3|VAL ind=i137 kind=change]]

[[全年|TIME:t30]][[旅客周转量|IND:i134]]

[[全年|TIME:t31]][[邮政业务总量|IND:i138]] [[195.3|VAL ind=i138 time=t31 unit=u131]] [[亿元|UNIT:u131]]，比上年增长 [[3.2|VAL ind=i138 time=t31 kind=change unit=u132]][[%|UNIT:u132]]。[[快递业务
收入|IND:i139]] [[163.3|VAL ind=i139 unit=u133]] [[亿元|UNIT:u133]]，下降 [[1.5|VAL ind=i139 kind=change unit=u134]][[%|UNIT:u134]]；[[快递业务量|IND:i140]] [[17.6|VAL ind=i140 unit=u135]] [[亿件|UNIT:u135]]，下降 [[3.6|VAL ind=i140 kind=change unit=u136]][[%|UNIT:u136]]。
（五）批发零售业和住宿餐饮业
[[全年|TIME:t32]]实现[[社会消费品零售总额|IND:i141]] [[9096.5|VAL ind=i141 time=t32 unit=u137]] [[亿元|UNIT:u137]]，比上年下降
[[1.7|VAL ind=i141 kind=change unit=u138]][[%|UNIT:u138]]。按经营地统计，实现[[城镇消费品零售额|IND:i142]] [[8720.2|VAL ind=i142 unit=u139]] [[亿元|UNIT:u139]]，下
降 [[1.7|VAL ind=i142 kind=change unit=u140]][[%|UNIT:u140]]；[[乡村消费品零售额|IND:i143]] [[376.3|VAL ind=i143 unit=u141]] [[亿元|UNIT:u141]]，下降 [[1.9|VAL ind=i143 kind=change unit=u142]][[%|UNIT:u142]]。按消费形
态统计，[[商品零售|IND:i144]] [[7651.9|VAL ind=i144 unit=u143]] [[亿元|UNIT:u143]]，增长 [[0.3|VAL ind=i144 kind=change unit=u144]][[%|UNIT:u144]]；[[餐饮收入|IND:i145]] [[1444.6|VAL ind=i145 unit=u145]] [[亿
元|UNIT:u145]]，下降 [[10.8|VAL ind=i145 kind=change unit=u146]][[%|UNIT:u146]]。[[限额以上企业通过互联网实现商品零售额|IND:i146]]、[[餐
饮收入|IND:i147]]分别增长 [[14.1|VAL ind=i146 kind=change unit=u147]][[%|UNIT:u147]]、[[8.9|VAL ind=i147 kind=change unit=u148]][[%|UNIT:u148]]。
[[16|VAL ind=i148 unit=u149]] [[大类|UNIT:u149]][[限额以上企业商品零售额|IND:i148]]中，[[8|VAL ind=i149 unit=u150]] [[个|UNIT:u150]][[大类实现正增长|IND:i149]]。
其中[[文化办公用品类|IND:i150]]、[[家用电器和音像器材类|IND:i151]]、[[中西药品类|IND:i152]]、[[通
讯器材类零售额|IND:i153]]比上年分别增长 [[14.7|VAL ind=i150 kind=change unit=u151]][[%|UNIT:u151]]、[[14.2|VAL ind=i151 kind=change unit=u152]][[%|UNIT:u152]]、[[12.5|VAL ind=i152 kind=change unit=u153]][[%|UNIT:u153]]、[[7.4|VAL ind=i153 kind=change unit=u154]][[%|UNIT:u154]]。
— 8 —

消费升级类中，[[智能家用电器和音像器材类|IND:i154]]、[[新能源汽车零售额|IND:i155]]
分别增长 [[185.1|VAL ind=i154 kind=change unit=u155]][[%|UNIT:u155]]、[[67.0|VAL ind=i155 kind=change unit=u156]][[%|UNIT:u156]]。
（六）金融业、证券业和保险业
[[全年|TIME:t33]]实现[[金融业增加值|IND:i156]] [[2445.2|VAL ind=i156 time=t33 unit=u157]] [[亿元|UNIT:u157]]，比上年增长 [[6.6|VAL ind=i156 time=t33 kind=change unit=u158]][[%|UNIT:u158]]。[[年
末|TIME:t34]][[金融机构本外币存款余额|IND:i157]] [[53189|VAL ind=i157 unit=u159]] [[亿元|UNIT:u159]]，比上年末增长 [[10.9|VAL ind=i157 kind=change unit=u160]][[%|UNIT:u160]]；
[[金融机构本外币贷款余额|IND:i158]] [[53053|VAL ind=i158 unit=u161]] [[亿元|UNIT:u161]]，比上年末增长 [[14.3|VAL ind=i158 kind=change unit=u162]][[%|UNIT:u162]]。
表 6：[[2022 年末|TIME:t35]]全部金融机构存贷款余额及其增长速度
指标

[[2022 年末|TIME:t36]]（亿元） 比上年末增长（%）

[[金融机构人民币存款余额|IND:i159]]

[[51923|VAL ind=i159]]

[[11.3|VAL ind=i159 kind=change]]

#[[住户存款|IND:i160]]

[[22403|VAL ind=i160]]

[[17.8|VAL ind=i160 kind=change]]

[[非金融企业存款|IND:i161]]

[[16195|VAL ind=i161]]

[[7.1|VAL ind=i161 kind=change]]

[[金融机构人民币贷款余额|IND:i162]]

[[51825|VAL ind=i162]]

[[14.8|VAL ind=i162 kind=change]]

#[[短期贷款余额|IND:i163]]

[[6407|VAL ind=i163]]

[[18.4|VAL ind=i163 kind=change]]

[[中长期贷款余额|IND:i164]]

[[29723|VAL ind=i164]]

[[15.1|VAL ind=i164 kind=change]]

[[金融机构本外币存款余额|IND:i165]]

[[53189|VAL ind=i165]]

[[10.9|VAL ind=i165 kind=change]]

[[22585|VAL ind=i166]]

[[17.7|VAL ind=i166 kind=change]]

[[53053|VAL ind=i167]]

[[14.3|VAL ind=i167 kind=change]]

#[[住户存款|IND:i166]]
[[金融机构本外币贷款余额|IND:i167]]

[[年末|TIME:t37]]共有[[境内外上市公司及过会企业|IND:i168]] [[149|VAL ind=i168 time=t37 unit=u163]] [[家|UNIT:u163]]，其中 [[A 股上
市公司|IND:i169]] [[114|VAL ind=i169 unit=u164]] [[家|UNIT:u164]]，[[新增上市公司|IND:i170]] [[16|VAL ind=i170 unit=u165]] [[家|UNIT:u165]]；共有[[法人证券公司|IND:i171]] [[4|VAL ind=i171 unit=u166]] [[家|UNIT:u166]]、
[[法人期货公司|IND:i172]] [[3|VAL ind=i172 unit=u167]] [[家|UNIT:u167]]、[[证券投资咨询公司|IND:i173]] [[3|VAL ind=i173 unit=u168]] [[家|UNIT:u168]]、[[证券公司分公司|IND:i174]]
[[70|VAL ind=i174 unit=u169]] [[家|UNIT:u169]]、[[基金公司分公司|IND:i175]] [[16|VAL ind=i175 unit=u170]] [[家|UNIT:u170]]、[[证券公司营业部|IND:i176]] [[209|VAL ind=i176 unit=u171]] [[家|UNIT:u171]]、[[期货公
司营业部|IND:i177]] [[26|VAL ind=i177 unit=u172]] [[家|UNIT:u172]]。[[全年|TIME:t38]][[股票市场上市融资|IND:i178]] [[367.8|VAL ind=i178 time=t38 unit=u173]] [[亿元|UNIT:u173]]；[[证券交易
额|IND:i179]] [[17.1|VAL ind=i179 unit=u174]] [[万亿元|UNIT:u174]]，比上年增长 [[9.6|VAL ind=i179 kind=change unit=u175]][[%|UNIT:u175]]。
— 9 —

[[全年|TIME:t39]][[原保险保费收入|IND:i180]] [[1061.4|VAL ind=i180 time=t39 unit=u176]] [[亿元|UNIT:u176]]，比上年增长 [[5.7|VAL ind=i180 time=t39 kind=change unit=u177]][[%|UNIT:u177]]。其中，
[[财产保险公司原保险保费收入|IND:i181]] [[348.3|VAL ind=i181 unit=u178]] [[亿元|UNIT:u178]]，增长 [[11.5|VAL ind=i181 kind=change unit=u179]][[%|UNIT:u179]]；[[人身保
险公司原保险保费收入|IND:i182]] [[713.1|VAL ind=i182 unit=u180]] [[亿元|UNIT:u180]]，增长 [[3.0|VAL ind=i182 kind=change unit=u181]][[%|UNIT:u181]]。各类[[保险赔偿与
给付支出|IND:i183]] [[361.4|VAL ind=i183 unit=u182]] [[亿元|UNIT:u182]]，下降 [[8.5|VAL ind=i183 kind=change unit=u183]][[%|UNIT:u183]]。其中，[[财产保险公司赔偿与给
付支出|IND:i184]] [[211.4|VAL ind=i184 unit=u184]] [[亿元|UNIT:u184]]，增长 [[9.1|VAL ind=i184 kind=change unit=u185]][[%|UNIT:u185]]；[[人身保险公司赔偿与给付支出|IND:i185]]
[[150.1|VAL ind=i185 unit=u186]] [[亿元|UNIT:u186]]，下降 [[25.4|VAL ind=i185 kind=change unit=u187]][[%|UNIT:u187]]。