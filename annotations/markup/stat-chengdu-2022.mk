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
值|IND:i1]]（GDP）[[20817.5 亿|VAL ind=i1 unit=u1 period=2022-01-01..2022-12-31]][[元|UNIT:u1]]，按可比价格计算，比上年增长 [[2.8|VAL ind=i1 unit=u2 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u2]]。
分产业看，[[第一产业增加值|IND:i2]] [[588.4 亿|VAL ind=i2 unit=u3 period=2022-01-01..2022-12-31]][[元|UNIT:u3]]，增长 [[3.8|VAL ind=i2 unit=u4 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u4]]；[[第二产业增
加值|IND:i3]] [[6404.1 亿|VAL ind=i3 unit=u5 period=2022-01-01..2022-12-31]][[元|UNIT:u5]]，增长 [[5.5|VAL ind=i3 unit=u6 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u6]]；[[第三产业增加值|IND:i4]] [[13825.0 亿|VAL ind=i4 unit=u7 period=2022-01-01..2022-12-31]][[元|UNIT:u7]]，
— 1 —

增长 [[1.5|VAL ind=i4 unit=u8 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u8]]。[[三次产业对经济增长的贡献率|IND:i5]]分别为 [[4.9|VAL ind=i5 unit=u9 period=2022-01-01..2022-12-31]][[%|UNIT:u9]]、[[59.6|VAL ind=i5 unit=u10 period=2022-01-01..2022-12-31]][[%|UNIT:u10]]、
[[35.5|VAL ind=i5 unit=u11 period=2022-01-01..2022-12-31]][[%|UNIT:u11]]。[[三次产业结构|IND:i6]]为 [[2.8|VAL ind=i6 period=2022-01-01..2022-12-31]] : [[30.8|VAL ind=i6 period=2022-01-01..2022-12-31]] : [[66.4|VAL ind=i6 period=2022-01-01..2022-12-31]]。按常住人口计算，[[人
均地区生产总值|IND:i7]] [[98149|VAL ind=i7 unit=u12 period=2022-01-01..2022-12-31]] [[元|UNIT:u12]]，增长 [[2.0|VAL ind=i7 unit=u13 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u13]]。
表 1：[[2022 年|TIME:t5]]地区生产总值及其增长速度
指标

[[2022 年|TIME:t6]]（亿元）

比上年增长（%）

[[地区生产总值|IND:i8]]

[[20817.5|VAL ind=i8 period=2022-01-01..2022-12-31]]

[[2.8|VAL ind=i8 kind=change period=2022-01-01..2022-12-31]]

[[第一产业|IND:i9]]

[[588.4|VAL ind=i9 period=2022-01-01..2022-12-31]]

[[3.8|VAL ind=i9 kind=change period=2022-01-01..2022-12-31]]

[[第二产业|IND:i10]]

[[6404.1|VAL ind=i10 period=2022-01-01..2022-12-31]]

[[5.5|VAL ind=i10 kind=change period=2022-01-01..2022-12-31]]

[[第三产业|IND:i11]]

[[13825.0|VAL ind=i11 period=2022-01-01..2022-12-31]]

[[1.5|VAL ind=i11 kind=change period=2022-01-01..2022-12-31]]

图 1：[[2018―2022 年|TIME:t7]]地区生产总值及其增长速度

（二）财政税收
[[全年|TIME:t8]]完成[[一般公共预算收入|IND:i12]] [[1722.4 亿|VAL ind=i12 unit=u14 time=t8 period=2022-01-01..2022-12-31]][[元|UNIT:u14]]，扣除留抵退税因
素后增长 [[5.8|VAL ind=i12 unit=u15 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u15]]，
按自然口径计算增长 [[1.5|VAL ind=i12 unit=u16 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u16]]。其中[[税收收入|IND:i13]] [[1267.8
亿|VAL ind=i13 unit=u17 period=2022-01-01..2022-12-31]][[元|UNIT:u17]]，扣除留抵退税因素后增长 [[5.3|VAL ind=i13 unit=u18 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u18]]，按自然口径计算下降
[[0.4|VAL ind=i13 unit=u19 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u19]]，[[占一般公共预算收入比重|IND:i14]]达 [[73.6|VAL ind=i14 unit=u20 period=2022-01-01..2022-12-31]][[%|UNIT:u20]]。[[一般公共预算支出|IND:i15]]
[[2435.0 亿|VAL ind=i15 unit=u21 period=2022-01-01..2022-12-31]][[元|UNIT:u21]]，比上年增长 [[8.8|VAL ind=i15 unit=u22 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u22]]。[[税务部门组织税费收入|IND:i16]] [[7359.4
亿|VAL ind=i16 unit=u23 period=2022-01-01..2022-12-31]][[元|UNIT:u23]]，其中[[组织税收收入|IND:i17]]（不含海关代征）[[3129.0 亿|VAL ind=i17 unit=u24 period=2022-01-01..2022-12-31]][[元|UNIT:u24]]，下降
— 2 —

[[4.5|VAL ind=i17 unit=u25 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u25]]，扣除留抵退税因素后增长 [[3.1|VAL ind=i17 unit=u26 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u26]]。
图 2：[[2018―2022 年|TIME:t9]]一般公共预算收入及其增长速度

（三）固定资产投资
[[全年|TIME:t10]][[全社会固定资产投资|IND:i18]]比上年增长 [[5.0|VAL ind=i18 unit=u27 time=t10 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u27]]。分产业看，[[第
一产业投资|IND:i19]]增长 [[7.1|VAL ind=i19 unit=u28 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u28]]；[[第二产业投资|IND:i20]]下降 [[0.9|VAL ind=i20 unit=u29 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u29]]，其中[[工业投资|IND:i21]]
增长 [[1.2|VAL ind=i21 unit=u30 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u30]]；[[第三产业投资|IND:i22]]增长 [[6.6|VAL ind=i22 unit=u31 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u31]]。分经济类型看，[[国有经济
投资|IND:i23]]增长 [[13.5|VAL ind=i23 unit=u32 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u32]]；[[民间投资|IND:i24]]增长 [[5.4|VAL ind=i24 unit=u33 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u33]]。[[基础设施投资|IND:i25]]下降 [[7.2|VAL ind=i25 unit=u34 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u34]]。
重点区域投资较快增长，[[四川天府新区成都直管区|IND:i26]]、[[成都高新区|IND:i27]]、
[[成都东部新区完成投资|IND:i28]]分别增长 [[8.9|VAL ind=i26 unit=u35 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u35]]、[[8.5|VAL ind=i27 unit=u36 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u36]]、[[7.7|VAL ind=i28 unit=u37 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u37]]。
图 3：[[2018―2022 年|TIME:t11]]固定资产投资增长速度

— 3 —

（四）物价
[[全年|TIME:t12]][[居民消费价格|IND:i29]]（CPI）比上年上涨 [[2.4|VAL ind=i29 unit=u38 time=t12 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u38]]，其中[[交通和通
信类|IND:i30]]上涨 [[5.8|VAL ind=i30 unit=u39 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u39]]，[[衣着类|IND:i31]]上涨 [[3.3|VAL ind=i31 unit=u40 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u40]]，[[生活用品及服务类|IND:i32]]上涨 [[2.9|VAL ind=i32 unit=u41 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u41]]，
[[食品烟酒类|IND:i33]]上涨 [[2.4|VAL ind=i33 unit=u42 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u42]]，[[教育文化和娱乐类|IND:i34]]上涨 [[2.0|VAL ind=i34 unit=u43 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u43]]，[[居住类|IND:i35]]上
涨 [[1.3|VAL ind=i35 unit=u44 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u44]]，[[医疗保健类|IND:i36]]下降 [[0.3|VAL ind=i36 unit=u45 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u45]]。[[商品零售价格|IND:i37]]上涨 [[2.8|VAL ind=i37 unit=u46 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u46]]。
表 2：[[2022 年|TIME:t13]]居民消费价格指数（上年=100）
指标
[[居民消费价格|IND:i38]]

指数
[[102.4|VAL ind=i38 period=2022-01-01..2022-12-31]]

其中:[[食品烟酒|IND:i39]]

[[102.4|VAL ind=i39 period=2022-01-01..2022-12-31]]

[[衣着|IND:i40]]

[[103.3|VAL ind=i40 period=2022-01-01..2022-12-31]]

[[居住|IND:i41]]

[[101.3|VAL ind=i41 period=2022-01-01..2022-12-31]]

[[生活用品及服务|IND:i42]]

[[102.9|VAL ind=i42 period=2022-01-01..2022-12-31]]

[[交通和通信|IND:i43]]

[[105.8|VAL ind=i43 period=2022-01-01..2022-12-31]]

[[教育文化和娱乐|IND:i44]]

[[102.0|VAL ind=i44 period=2022-01-01..2022-12-31]]

[[医疗保健|IND:i45]]

[[99.7|VAL ind=i45 period=2022-01-01..2022-12-31]]

[[其他用品和服务|IND:i46]]

[[102.0|VAL ind=i46 period=2022-01-01..2022-12-31]]

（五）人口
[[年末|TIME:t14]][[常住人口|IND:i47]] [[2126.8 万|VAL ind=i47 unit=u47 time=t14 period=2022-12-31..2022-12-31]][[人|UNIT:u47]]，比上年末增加 [[7.6 万|VAL ind=i47 unit=u48 time=t14 kind=change period=2022-01-01..2022-12-31]][[人|UNIT:u48]]，增长
[[0.4|VAL ind=i47 unit=u49 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u49]]。其中，[[城镇常住人口|IND:i48]] [[1699.1 万|VAL ind=i48 unit=u50 period=2022-12-31..2022-12-31]][[人|UNIT:u50]]，[[常住人口城镇化率|IND:i49]]
[[79.9|VAL ind=i49 unit=u51 period=2022-12-31..2022-12-31]][[%|UNIT:u51]]，比上年末提高 [[0.4|VAL ind=i49 unit=u52 kind=change period=2022-01-01..2022-12-31]] [[个百分点|UNIT:u52]]。[[年末|TIME:t15]][[户籍人口|IND:i50]] [[1571.6 万|VAL ind=i50 unit=u53 time=t15 period=2022-12-31..2022-12-31]][[人|UNIT:u53]]，
比上年末增加 [[15.4 万|VAL ind=i50 unit=u54 kind=change period=2022-01-01..2022-12-31]][[人|UNIT:u54]]，[[户籍人口城镇化率|IND:i51]] [[68.8|VAL ind=i51 unit=u55 period=2022-12-31..2022-12-31]][[%|UNIT:u55]]。
二、国民经济各行业
（一）农林牧渔业
— 4 —

[[全年|TIME:t16]]实现[[农林牧渔业总产值|IND:i52]] [[950.4 亿|VAL ind=i52 unit=u56 time=t16 period=2022-01-01..2022-12-31]][[元|UNIT:u56]]，按可比价格计算，
比上年增长 [[3.6|VAL ind=i52 unit=u57 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u57]]。其中[[种植业|IND:i53]] [[634.8 亿|VAL ind=i53 unit=u58 period=2022-01-01..2022-12-31]][[元|UNIT:u58]]，增长 [[3.7|VAL ind=i53 unit=u59 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u59]]；[[林业|IND:i54]] [[19.2
亿|VAL ind=i54 unit=u60 period=2022-01-01..2022-12-31]][[元|UNIT:u60]]，下降 [[6.2|VAL ind=i54 unit=u61 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u61]]；[[畜牧业|IND:i55]] [[228.0 亿|VAL ind=i55 unit=u62 period=2022-01-01..2022-12-31]][[元|UNIT:u62]]，增长 [[3.1|VAL ind=i55 unit=u63 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u63]]；[[渔业|IND:i56]] [[30.3 亿|VAL ind=i56 unit=u64 period=2022-01-01..2022-12-31]]
[[元|UNIT:u64]]，增长 [[3.9|VAL ind=i56 unit=u65 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u65]]。[[粮食产量|IND:i57]] [[227.0 万|VAL ind=i57 unit=u66 period=2022-01-01..2022-12-31]][[吨|UNIT:u66]]，下降 [[1.6|VAL ind=i57 unit=u67 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u67]]；经济作物中
[[蔬菜及食用菌|IND:i58]]、[[中草药材|IND:i59]]、[[园林水果产量|IND:i60]]分别增长 [[1.9|VAL ind=i58 unit=u68 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u68]]、[[6.2|VAL ind=i59 unit=u69 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u69]]、
[[2.7|VAL ind=i60 unit=u70 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u70]]。[[生猪出栏|IND:i61]] [[428.7 万|VAL ind=i61 unit=u71 period=2022-01-01..2022-12-31]][[头|UNIT:u71]]，增长 [[2.8|VAL ind=i61 unit=u72 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u72]]。[[肉类产量|IND:i62]] [[45.5 万|VAL ind=i62 unit=u73 period=2022-01-01..2022-12-31]][[吨|UNIT:u73]]，
增长 [[0.6|VAL ind=i62 unit=u74 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u74]]。
[[全年|TIME:t17]][[农作物播种面积|IND:i63]] [[1104.2 万|VAL ind=i63 unit=u75 time=t17 period=2022-01-01..2022-12-31]][[亩|UNIT:u75]]，比上年增长 [[0.8|VAL ind=i63 unit=u76 time=t17 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u76]]。[[粮食
作物播种面积|IND:i64]] [[582.6 万|VAL ind=i64 unit=u77 period=2022-01-01..2022-12-31]][[亩|UNIT:u77]]，增长 [[1.7|VAL ind=i64 unit=u78 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u78]]；[[经济作物播种面积|IND:i65]] [[521.6
万|VAL ind=i65 unit=u79 period=2022-01-01..2022-12-31]][[亩|UNIT:u79]]，下降 [[0.3|VAL ind=i65 unit=u80 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u80]]，其中[[油料作物播种面积|IND:i66]] [[197.8 万|VAL ind=i66 unit=u81 period=2022-01-01..2022-12-31]][[亩|UNIT:u81]]，下降 [[1.9|VAL ind=i66 unit=u82 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u82]]；
[[蔬菜及食用菌播种面积|IND:i67]] [[274.4 万|VAL ind=i67 unit=u83 period=2022-01-01..2022-12-31]][[亩|UNIT:u83]]，增长 [[3.0|VAL ind=i67 unit=u84 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u84]]；[[中草药材播种面
积|IND:i68]] [[21.5 万|VAL ind=i68 unit=u85 period=2022-01-01..2022-12-31]][[亩|UNIT:u85]]，下降 [[3.2|VAL ind=i68 unit=u86 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u86]]。
[[新建成高标准农田|IND:i69]][[30.7万|VAL ind=i69 unit=u87 period=2022-01-01..2022-12-31]][[亩|UNIT:u87]]，[[高效节水灌溉面积|IND:i70]][[3.7万|VAL ind=i70 unit=u88 period=2022-01-01..2022-12-31]][[亩|UNIT:u88]]。
（二）工业和建筑业
[[全年|TIME:t18]][[规模以上工业增加值|IND:i71]]比上年增长 [[5.6|VAL ind=i71 unit=u89 time=t18 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u89]]。[[五大先进制造
业|IND:i72]]合计增长 [[3.0|VAL ind=i72 unit=u90 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u90]]，其中[[电子信息产业|IND:i73]]增长 [[12.0|VAL ind=i73 unit=u91 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u91]]，[[医药健康产
业|IND:i74]]增长 [[2.7|VAL ind=i74 unit=u92 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u92]]，[[装备制造产业|IND:i75]]增长 [[2.2|VAL ind=i75 unit=u93 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u93]]，[[绿色健康产业|IND:i76]]增长 [[1.6|VAL ind=i76 unit=u94 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u94]]，
[[新型材料产业|IND:i77]]下降 [[17.8|VAL ind=i77 unit=u95 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u95]]。[[规模以上高技术制造业增加值|IND:i78]]增长
[[4.9|VAL ind=i78 unit=u96 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u96]]，其中[[航空航天器及设备制造业|IND:i79]]、[[电子及通信设备制造业|IND:i80]]分
别增长 [[12.7|VAL ind=i79 unit=u97 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u97]]、[[7.3|VAL ind=i80 unit=u98 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u98]]。
[[全年|TIME:t19]]实现[[建筑业增加值|IND:i81]][[1443.8亿|VAL ind=i81 unit=u99 time=t19 period=2022-01-01..2022-12-31]][[元|UNIT:u99]]，比上年增长[[4.9|VAL ind=i81 unit=u100 time=t19 kind=change period=2022-01-01..2022-12-31]] [[%|UNIT:u100]]。施工
— 5 —

[[总承包和专业承包建筑企业竣工产值|IND:i82]][[2761.1亿|VAL ind=i82 unit=u101 period=2022-01-01..2022-12-31]][[元|UNIT:u101]]。[[房屋施工面积|IND:i83]]
[[32227.2万|VAL ind=i83 unit=u102 period=2022-01-01..2022-12-31]][[平方米|UNIT:u102]]，[[竣工面积|IND:i84]][[6390.9万|VAL ind=i84 unit=u103 period=2022-01-01..2022-12-31]][[平方米|UNIT:u103]]，[[房屋竣工率|IND:i85]][[19.8|VAL ind=i85 unit=u104 period=2022-01-01..2022-12-31]][[%|UNIT:u104]]。
表 3：[[2022 年|TIME:t20]]规模以上工业企业主要工业产品产量及其增长速度
产品名称

单位

产量

比上年增长（%）

[[汽车|IND:p1]]

[[万辆|UNIT:pu1]]

[[62.1|VAL ind=p1 unit=pu1 period=2022-01-01..2022-12-31]]

[[7.1|VAL ind=p1 kind=change period=2022-01-01..2022-12-31]]

[[电子计算机整机|IND:p2]]

[[万台|UNIT:pu2]]

[[9168.4|VAL ind=p2 unit=pu2 period=2022-01-01..2022-12-31]]

-[[5.8|VAL ind=p2 kind=change period=2022-01-01..2022-12-31]]

[[移动通信手持机|IND:p3]]（手机）

[[万台|UNIT:pu3]]

[[406.3|VAL ind=p3 unit=pu3 period=2022-01-01..2022-12-31]]

-[[40.3|VAL ind=p3 kind=change period=2022-01-01..2022-12-31]]

[[集成电路|IND:p4]]

[[亿块|UNIT:pu4]]

[[89.5|VAL ind=p4 unit=pu4 period=2022-01-01..2022-12-31]]

[[2.1|VAL ind=p4 kind=change period=2022-01-01..2022-12-31]]

[[饲料|IND:p5]]

[[万吨|UNIT:pu5]]

[[292.5|VAL ind=p5 unit=pu5 period=2022-01-01..2022-12-31]]

-[[23.0|VAL ind=p5 kind=change period=2022-01-01..2022-12-31]]

[[乳制品|IND:p6]]

[[万吨|UNIT:pu6]]

[[55.7|VAL ind=p6 unit=pu6 period=2022-01-01..2022-12-31]]

-[[11.8|VAL ind=p6 kind=change period=2022-01-01..2022-12-31]]

[[卷烟|IND:p7]]

[[亿支|UNIT:pu7]]

[[911.6|VAL ind=p7 unit=pu7 period=2022-01-01..2022-12-31]]

[[0.1|VAL ind=p7 kind=change period=2022-01-01..2022-12-31]]

[[白酒|IND:p8]]

[[万千升|UNIT:pu8]]

[[19.3|VAL ind=p8 unit=pu8 period=2022-01-01..2022-12-31]]

[[4.6|VAL ind=p8 kind=change period=2022-01-01..2022-12-31]]

[[皮革鞋靴|IND:p9]]

[[万双|UNIT:pu9]]

[[1697.1|VAL ind=p9 unit=pu9 period=2022-01-01..2022-12-31]]

[[15.4|VAL ind=p9 kind=change period=2022-01-01..2022-12-31]]

[[木质家具|IND:p10]]

[[万件|UNIT:pu10]]

[[1249.9|VAL ind=p10 unit=pu10 period=2022-01-01..2022-12-31]]

[[0.5|VAL ind=p10 kind=change period=2022-01-01..2022-12-31]]

[[农用氮、磷、钾化学肥料|IND:p11]]

[[万吨|UNIT:pu11]]

[[16.3|VAL ind=p11 unit=pu11 period=2022-01-01..2022-12-31]]

-[[5.7|VAL ind=p11 kind=change period=2022-01-01..2022-12-31]]

[[化学药品原药|IND:p12]]

[[万吨|UNIT:pu12]]

[[3.5|VAL ind=p12 unit=pu12 period=2022-01-01..2022-12-31]]

[[0.3|VAL ind=p12 kind=change period=2022-01-01..2022-12-31]]

[[中成药|IND:p13]]

[[万吨|UNIT:pu13]]

[[2.5|VAL ind=p13 unit=pu13 period=2022-01-01..2022-12-31]]

[[1.9|VAL ind=p13 kind=change period=2022-01-01..2022-12-31]]

[[塑料制品|IND:p14]]

[[万吨|UNIT:pu14]]

[[79.7|VAL ind=p14 unit=pu14 period=2022-01-01..2022-12-31]]

-[[8.9|VAL ind=p14 kind=change period=2022-01-01..2022-12-31]]

[[水泥|IND:p15]]

[[万吨|UNIT:pu15]]

[[1236.3|VAL ind=p15 unit=pu15 period=2022-01-01..2022-12-31]]

-[[8.8|VAL ind=p15 kind=change period=2022-01-01..2022-12-31]]

[[万重量箱|UNIT:pu16]]

[[3217.3|VAL ind=p16 unit=pu16 period=2022-01-01..2022-12-31]]

-[[0.2|VAL ind=p16 kind=change period=2022-01-01..2022-12-31]]

[[万吨|UNIT:pu17]]

[[521.5|VAL ind=p17 unit=pu17 period=2022-01-01..2022-12-31]]

-[[8.6|VAL ind=p17 kind=change period=2022-01-01..2022-12-31]]

[[万吨|UNIT:pu18]]

[[13.7|VAL ind=p18 unit=pu18 period=2022-01-01..2022-12-31]]

-[[35.6|VAL ind=p18 kind=change period=2022-01-01..2022-12-31]]

[[天然气|IND:p19]]

[[亿立方米|UNIT:pu19]]

[[398.9|VAL ind=p19 unit=pu19 period=2022-01-01..2022-12-31]]

[[7.2|VAL ind=p19 kind=change period=2022-01-01..2022-12-31]]

[[发电量|IND:p20]]

[[亿千瓦小时|UNIT:pu20]]

[[618.2|VAL ind=p20 unit=pu20 period=2022-01-01..2022-12-31]]

[[4.0|VAL ind=p20 kind=change period=2022-01-01..2022-12-31]]

[[平板玻璃|IND:p16]]
[[钢材|IND:p17]]
#[[无缝钢管|IND:p18]]

（三）房地产业
[[全年|TIME:t21]][[房地产开发投资|IND:i86]]比上年增长 [[7.0|VAL ind=i86 unit=u105 time=t21 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u105]]。[[商品房销售面积|IND:i87]]（含
— 6 —

预售）[[2773.0 万|VAL ind=i87 unit=u106 period=2022-01-01..2022-12-31]][[平方米|UNIT:u106]]，下降 [[23.9|VAL ind=i87 unit=u107 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u107]]，其中[[住宅销售面积|IND:i88]] [[2013.6
万|VAL ind=i88 unit=u108 period=2022-01-01..2022-12-31]][[平方米|UNIT:u108]]，下降 [[23.0|VAL ind=i88 unit=u109 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u109]]。[[商品房销售额|IND:i89]] [[3812.8 亿|VAL ind=i89 unit=u110 period=2022-01-01..2022-12-31]][[元|UNIT:u110]]，下降 [[18.6|VAL ind=i89 unit=u111 kind=change period=2022-01-01..2022-12-31]] [[%|UNIT:u111]]，
其中[[住宅销售额|IND:i90]] [[3300.7 亿|VAL ind=i90 unit=u112 period=2022-01-01..2022-12-31]][[元|UNIT:u112]]，下降 [[14.2|VAL ind=i90 unit=u113 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u113]]。
表 4：[[2022 年|TIME:t22]]房地产开发和销售主要指标及其增长速度
指标

单位

[[2022 年|TIME:t23]]

比上年增长（%）

[[房地产开发投资|IND:r1]]

亿元

—

[[7.0|VAL ind=r1 kind=change period=2022-01-01..2022-12-31]]

#[[住宅投资|IND:r2]]

亿元

—

[[10.8|VAL ind=r2 kind=change period=2022-01-01..2022-12-31]]

[[商品房竣工面积|IND:r3]]

[[万平方米|UNIT:ru3]]

[[1235.1|VAL ind=r3 unit=ru3 period=2022-01-01..2022-12-31]]

-[[15.4|VAL ind=r3 kind=change period=2022-01-01..2022-12-31]]

[[万平方米|UNIT:ru4]]

[[782.3|VAL ind=r4 unit=ru4 period=2022-01-01..2022-12-31]]

-[[12.8|VAL ind=r4 kind=change period=2022-01-01..2022-12-31]]

[[万平方米|UNIT:ru5]]

[[2773.0|VAL ind=r5 unit=ru5 period=2022-01-01..2022-12-31]]

-[[23.9|VAL ind=r5 kind=change period=2022-01-01..2022-12-31]]

#[[住宅|IND:r6]]

[[万平方米|UNIT:ru6]]

[[2013.6|VAL ind=r6 unit=ru6 period=2022-01-01..2022-12-31]]

-[[23.0|VAL ind=r6 kind=change period=2022-01-01..2022-12-31]]

[[商品房销售额|IND:r7]]

[[亿元|UNIT:ru7]]

[[3812.8|VAL ind=r7 unit=ru7 period=2022-01-01..2022-12-31]]

-[[18.6|VAL ind=r7 kind=change period=2022-01-01..2022-12-31]]

#[[住宅|IND:r8]]

[[亿元|UNIT:ru8]]

[[3300.7|VAL ind=r8 unit=ru8 period=2022-01-01..2022-12-31]]

-[[14.2|VAL ind=r8 kind=change period=2022-01-01..2022-12-31]]

[[万平方米|UNIT:ru9]]

[[2717.4|VAL ind=r9 unit=ru9 period=2022-01-01..2022-12-31]]

-[[12.4|VAL ind=r9 kind=change period=2022-01-01..2022-12-31]]

[[万平方米|UNIT:ru10]]

[[1739.5|VAL ind=r10 unit=ru10 period=2022-01-01..2022-12-31]]

-[[4.2|VAL ind=r10 kind=change period=2022-01-01..2022-12-31]]

#[[住宅|IND:r4]]
[[商品房销售面积|IND:r5]]

[[商品房新开工面积|IND:r9]]
#[[住宅|IND:r10]]

（四）交通运输邮政仓储业
[[全年|TIME:t24]]实现[[交通运输邮政仓储业增加值|IND:i91]] [[1021.4 亿|VAL ind=i91 unit=u114 time=t24 period=2022-01-01..2022-12-31]][[元|UNIT:u114]]，比上年
下降 [[1.9|VAL ind=i91 unit=u115 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u115]]。[[全年|TIME:t25]][[旅客周转量|IND:i92]] [[535.0 亿|VAL ind=i92 unit=u116 time=t25 period=2022-01-01..2022-12-31]][[人公里|UNIT:u116]]，下降 [[35.6|VAL ind=i92 unit=u117 time=t25 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u117]]。其中，
[[铁路旅客周转量|IND:i93]] [[39.9 亿|VAL ind=i93 unit=u118 period=2022-01-01..2022-12-31]][[人公里|UNIT:u118]]，下降 [[32.9|VAL ind=i93 unit=u119 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u119]]；[[公路旅客周转量|IND:i94]]
[[31.1 亿|VAL ind=i94 unit=u120 period=2022-01-01..2022-12-31]][[人公里|UNIT:u120]]，下降 [[38.3|VAL ind=i94 unit=u121 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u121]]；[[航空旅客周转量|IND:i95]] [[464.1 亿|VAL ind=i95 unit=u122 period=2022-01-01..2022-12-31]][[人公里|UNIT:u122]]，
下降 [[35.6|VAL ind=i95 unit=u123 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u123]]。[[全年|TIME:t26]][[货物周转量|IND:i96]] [[514.7 亿|VAL ind=i96 unit=u124 time=t26 period=2022-01-01..2022-12-31]][[吨公里|UNIT:u124]]，增长 [[3.5|VAL ind=i96 unit=u125 time=t26 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u125]]。其中，
[[铁路运输货物周转量|IND:i97]] [[106.0 亿|VAL ind=i97 unit=u126 period=2022-01-01..2022-12-31]][[吨公里|UNIT:u126]]，增长 [[3.6|VAL ind=i97 unit=u127 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u127]]；[[公路运输货物
周转量|IND:i98]] [[393.3 亿|VAL ind=i98 unit=u128 period=2022-01-01..2022-12-31]][[吨公里|UNIT:u128]]，增长 [[4.2|VAL ind=i98 unit=u129 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u129]]；[[航空运输货物周转量|IND:i99]] [[15.4|VAL ind=i99 unit=u130 period=2022-01-01..2022-12-31]]
— 7 —

[[亿吨公里|UNIT:u130]]，下降 [[12.1|VAL ind=i99 unit=u131 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u131]]。
表 5：[[2022 年|TIME:t27]]交通运输量及其增长速度
指标
[[全年|TIME:t28]][[货物周转量|IND:s1]]

单位

[[2022 年|TIME:t29]]

比上年增长（%）

[[亿吨公里|UNIT:su1]]

[[514.7|VAL ind=s1 unit=su1 period=2022-01-01..2022-12-31]]

[[3.5|VAL ind=s1 kind=change period=2022-01-01..2022-12-31]]

#[[铁路|IND:s2]]

[[亿吨公里|UNIT:su2]]

[[106.0|VAL ind=s2 unit=su2 period=2022-01-01..2022-12-31]]

[[3.6|VAL ind=s2 kind=change period=2022-01-01..2022-12-31]]

[[航空|IND:s3]]

[[亿吨公里|UNIT:su3]]

[[15.4|VAL ind=s3 unit=su3 period=2022-01-01..2022-12-31]]

-[[12.1|VAL ind=s3 kind=change period=2022-01-01..2022-12-31]]

[[公路|IND:s4]]

[[亿吨公里|UNIT:su4]]

[[393.3|VAL ind=s4 unit=su4 period=2022-01-01..2022-12-31]]

[[4.2|VAL ind=s4 kind=change period=2022-01-01..2022-12-31]]

[[亿人公里|UNIT:su5]]

[[535.0|VAL ind=s5 unit=su5 period=2022-01-01..2022-12-31]]

-[[35.6|VAL ind=s5 kind=change period=2022-01-01..2022-12-31]]

#[[铁路|IND:s6]]

[[亿人公里|UNIT:su6]]

[[39.9|VAL ind=s6 unit=su6 period=2022-01-01..2022-12-31]]

-[[32.9|VAL ind=s6 kind=change period=2022-01-01..2022-12-31]]

[[航空|IND:s7]]

[[亿人公里|UNIT:su7]]

[[464.1|VAL ind=s7 unit=su7 period=2022-01-01..2022-12-31]]

-[[35.6|VAL ind=s7 kind=change period=2022-01-01..2022-12-31]]

[[公路|IND:s8]]

[[亿人公里|UNIT:su8]]

[[31.1|VAL ind=s8 unit=su8 period=2022-01-01..2022-12-31]]

-[[38.3|VAL ind=s8 kind=change period=2022-01-01..2022-12-31]]

[[全年|TIME:t30]][[旅客周转量|IND:s5]]

[[全年|TIME:t31]][[邮政业务总量|IND:i100]] [[195.3 亿|VAL ind=i100 unit=u132 time=t31 period=2022-01-01..2022-12-31]][[元|UNIT:u132]]，比上年增长 [[3.2|VAL ind=i100 unit=u133 time=t31 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u133]]。[[快递业务
收入|IND:i101]] [[163.3 亿|VAL ind=i101 unit=u134 period=2022-01-01..2022-12-31]][[元|UNIT:u134]]，下降 [[1.5|VAL ind=i101 unit=u135 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u135]]；[[快递业务量|IND:i102]] [[17.6 亿|VAL ind=i102 unit=u136 period=2022-01-01..2022-12-31]][[件|UNIT:u136]]，下降 [[3.6|VAL ind=i102 unit=u137 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u137]]。
（五）批发零售业和住宿餐饮业
[[全年|TIME:t32]]实现[[社会消费品零售总额|IND:i103]] [[9096.5 亿|VAL ind=i103 unit=u138 time=t32 period=2022-01-01..2022-12-31]][[元|UNIT:u138]]，比上年下降
[[1.7|VAL ind=i103 unit=u139 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u139]]。按经营地统计，实现[[城镇消费品零售额|IND:i104]] [[8720.2 亿|VAL ind=i104 unit=u140 period=2022-01-01..2022-12-31]][[元|UNIT:u140]]，下
降 [[1.7|VAL ind=i104 unit=u141 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u141]]；[[乡村消费品零售额|IND:i105]] [[376.3 亿|VAL ind=i105 unit=u142 period=2022-01-01..2022-12-31]][[元|UNIT:u142]]，下降 [[1.9|VAL ind=i105 unit=u143 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u143]]。按消费形
态统计，[[商品零售|IND:i106]] [[7651.9 亿|VAL ind=i106 unit=u144 period=2022-01-01..2022-12-31]][[元|UNIT:u144]]，增长 [[0.3|VAL ind=i106 unit=u145 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u145]]；[[餐饮收入|IND:i107]] [[1444.6 亿|VAL ind=i107 unit=u146 period=2022-01-01..2022-12-31]]
[[元|UNIT:u146]]，下降 [[10.8|VAL ind=i107 unit=u147 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u147]]。[[限额以上企业通过互联网实现商品零售额|IND:i108]]、[[餐
饮收入|IND:i109]]分别增长 [[14.1|VAL ind=i108 unit=u148 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u148]]、[[8.9|VAL ind=i109 unit=u149 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u149]]。
[[16|VAL ind=i110 unit=u150 period=null]] [[大类|UNIT:u150]][[限额以上企业商品零售额|IND:i110]]中，[[8|VAL ind=i111 unit=u151 period=2022-01-01..2022-12-31]] [[个|UNIT:u151]][[大类实现正增长|IND:i111]]。
其中[[文化办公用品类|IND:i112]]、[[家用电器和音像器材类|IND:i113]]、[[中西药品类|IND:i114]]、[[通
讯器材类零售额|IND:i115]]比上年分别增长 [[14.7|VAL ind=i112 unit=u152 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u152]]、[[14.2|VAL ind=i113 unit=u153 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u153]]、[[12.5|VAL ind=i114 unit=u154 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u154]]、[[7.4|VAL ind=i115 unit=u155 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u155]]。
— 8 —

消费升级类中，[[智能家用电器和音像器材类|IND:i116]]、[[新能源汽车零售额|IND:i117]]
分别增长 [[185.1|VAL ind=i116 unit=u156 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u156]]、[[67.0|VAL ind=i117 unit=u157 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u157]]。
（六）金融业、证券业和保险业
[[全年|TIME:t33]]实现[[金融业增加值|IND:i118]] [[2445.2 亿|VAL ind=i118 unit=u158 time=t33 period=2022-01-01..2022-12-31]][[元|UNIT:u158]]，比上年增长 [[6.6|VAL ind=i118 unit=u159 time=t33 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u159]]。[[年
末|TIME:t34]][[金融机构本外币存款余额|IND:i119]] [[53189 亿|VAL ind=i119 unit=u160 period=2022-12-31..2022-12-31]][[元|UNIT:u160]]，比上年末增长 [[10.9|VAL ind=i119 unit=u161 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u161]]；
[[金融机构本外币贷款余额|IND:i120]] [[53053 亿|VAL ind=i120 unit=u162 period=2022-12-31..2022-12-31]][[元|UNIT:u162]]，比上年末增长 [[14.3|VAL ind=i120 unit=u163 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u163]]。
表 6：[[2022 年末|TIME:t35]]全部金融机构存贷款余额及其增长速度
指标

[[2022 年末|TIME:t36]]（亿元） 比上年末增长（%）

[[金融机构人民币存款余额|IND:f1]]

[[51923|VAL ind=f1 period=2022-12-31..2022-12-31]]

[[11.3|VAL ind=f1 kind=change period=2022-01-01..2022-12-31]]

#[[住户存款|IND:f2]]

[[22403|VAL ind=f2 period=2022-12-31..2022-12-31]]

[[17.8|VAL ind=f2 kind=change period=2022-01-01..2022-12-31]]

[[非金融企业存款|IND:f3]]

[[16195|VAL ind=f3 period=2022-12-31..2022-12-31]]

[[7.1|VAL ind=f3 kind=change period=2022-01-01..2022-12-31]]

[[金融机构人民币贷款余额|IND:f4]]

[[51825|VAL ind=f4 period=2022-12-31..2022-12-31]]

[[14.8|VAL ind=f4 kind=change period=2022-01-01..2022-12-31]]

#[[短期贷款余额|IND:f5]]

[[6407|VAL ind=f5 period=2022-12-31..2022-12-31]]

[[18.4|VAL ind=f5 kind=change period=2022-01-01..2022-12-31]]

[[中长期贷款余额|IND:f6]]

[[29723|VAL ind=f6 period=2022-12-31..2022-12-31]]

[[15.1|VAL ind=f6 kind=change period=2022-01-01..2022-12-31]]

[[金融机构本外币存款余额|IND:f7]]

[[53189|VAL ind=f7 period=2022-12-31..2022-12-31]]

[[10.9|VAL ind=f7 kind=change period=2022-01-01..2022-12-31]]

[[22585|VAL ind=f8 period=2022-12-31..2022-12-31]]

[[17.7|VAL ind=f8 kind=change period=2022-01-01..2022-12-31]]

[[53053|VAL ind=f9 period=2022-12-31..2022-12-31]]

[[14.3|VAL ind=f9 kind=change period=2022-01-01..2022-12-31]]

#[[住户存款|IND:f8]]
[[金融机构本外币贷款余额|IND:f9]]

[[年末|TIME:t37]]共有[[境内外上市公司及过会企业|IND:i121]] [[149|VAL ind=i121 unit=u164 time=t37 period=2022-12-31..2022-12-31]] [[家|UNIT:u164]]，其中 [[A 股上
市公司|IND:i122]] [[114|VAL ind=i122 unit=u165 period=2022-12-31..2022-12-31]] [[家|UNIT:u165]]，[[新增上市公司|IND:i123]] [[16|VAL ind=i123 unit=u166 period=2022-01-01..2022-12-31]] [[家|UNIT:u166]]；共有[[法人证券公司|IND:i124]] [[4|VAL ind=i124 unit=u167 period=2022-12-31..2022-12-31]] [[家|UNIT:u167]]、
[[法人期货公司|IND:i125]] [[3|VAL ind=i125 unit=u168 period=2022-12-31..2022-12-31]] [[家|UNIT:u168]]、[[证券投资咨询公司|IND:i126]] [[3|VAL ind=i126 unit=u169 period=2022-12-31..2022-12-31]] [[家|UNIT:u169]]、[[证券公司分公司|IND:i127]]
[[70|VAL ind=i127 unit=u170 period=2022-12-31..2022-12-31]] [[家|UNIT:u170]]、[[基金公司分公司|IND:i128]] [[16|VAL ind=i128 unit=u171 period=2022-12-31..2022-12-31]] [[家|UNIT:u171]]、[[证券公司营业部|IND:i129]] [[209|VAL ind=i129 unit=u172 period=2022-12-31..2022-12-31]] [[家|UNIT:u172]]、[[期货公
司营业部|IND:i130]] [[26|VAL ind=i130 unit=u173 period=2022-12-31..2022-12-31]] [[家|UNIT:u173]]。[[全年|TIME:t38]][[股票市场上市融资|IND:i131]] [[367.8 亿|VAL ind=i131 unit=u174 time=t38 period=2022-01-01..2022-12-31]][[元|UNIT:u174]]；[[证券交易
额|IND:i132]] [[17.1 万亿|VAL ind=i132 unit=u175 period=2022-01-01..2022-12-31]][[元|UNIT:u175]]，比上年增长 [[9.6|VAL ind=i132 unit=u176 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u176]]。
— 9 —

[[全年|TIME:t39]][[原保险保费收入|IND:i133]] [[1061.4 亿|VAL ind=i133 unit=u177 time=t39 period=2022-01-01..2022-12-31]][[元|UNIT:u177]]，比上年增长 [[5.7|VAL ind=i133 unit=u178 time=t39 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u178]]。其中，
[[财产保险公司原保险保费收入|IND:i134]] [[348.3 亿|VAL ind=i134 unit=u179 period=2022-01-01..2022-12-31]][[元|UNIT:u179]]，增长 [[11.5|VAL ind=i134 unit=u180 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u180]]；[[人身保
险公司原保险保费收入|IND:i135]] [[713.1 亿|VAL ind=i135 unit=u181 period=2022-01-01..2022-12-31]][[元|UNIT:u181]]，增长 [[3.0|VAL ind=i135 unit=u182 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u182]]。各类[[保险赔偿与
给付支出|IND:i136]] [[361.4 亿|VAL ind=i136 unit=u183 period=2022-01-01..2022-12-31]][[元|UNIT:u183]]，下降 [[8.5|VAL ind=i136 unit=u184 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u184]]。其中，[[财产保险公司赔偿与给
付支出|IND:i137]] [[211.4 亿|VAL ind=i137 unit=u185 period=2022-01-01..2022-12-31]][[元|UNIT:u185]]，增长 [[9.1|VAL ind=i137 unit=u186 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u186]]；[[人身保险公司赔偿与给付支出|IND:i138]]
[[150.1 亿|VAL ind=i138 unit=u187 period=2022-01-01..2022-12-31]][[元|UNIT:u187]]，下降 [[25.4|VAL ind=i138 unit=u188 kind=change period=2022-01-01..2022-12-31]][[%|UNIT:u188]]。