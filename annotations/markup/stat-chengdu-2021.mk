
![](images_2021年成都统计公报/image_3.jpg)

图3：[[2017—2021年|TIME:t1]]固定资产投资增长速度



## （四）物价

[[全年|TIME:t2]][[居民消费价格|IND:i1]]（CPI）比上年上涨 [[0.5|VAL ind=i1 unit=u1 time=t2 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u1]] ，其中[[交通和通信类|IND:i2]]上涨 [[4.3|VAL ind=i2 unit=u2 time=t2 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u2]] ，[[医疗保健类|IND:i3]]上涨 [[2.7|VAL ind=i3 unit=u3 time=t2 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u3]] ，[[教育文化和娱乐类|IND:i4]]上涨 [[0.2|VAL ind=i4 unit=u4 time=t2 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u4]] ，[[食品烟酒类|IND:i5]]下降 [[1.1|VAL ind=i5 unit=u5 time=t2 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u5]] 。[[商品零售价格|IND:i6]]上涨 [[1.1|VAL ind=i6 unit=u6 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u6]] 。

表2：[[2021年|TIME:t3]]居民消费价格指数（上年 = 100 1

指标 指数 
[[居民消费价格|IND:i7]] [[100.5|VAL ind=i7 period=2021-01-01..2021-12-31]] 
其中:[[食品烟酒|IND:i8]] [[98.9|VAL ind=i8 period=2021-01-01..2021-12-31]] 
[[衣着|IND:i9]] [[98.5|VAL ind=i9 period=2021-01-01..2021-12-31]] 
[[居住|IND:i10]] [[99.9|VAL ind=i10 period=2021-01-01..2021-12-31]] 
[[生活用品及服务|IND:i11]] [[101.1|VAL ind=i11 period=2021-01-01..2021-12-31]] 
[[交通和通信|IND:i12]] [[104.3|VAL ind=i12 period=2021-01-01..2021-12-31]] 
[[教育文化和娱乐|IND:i13]] [[100.2|VAL ind=i13 period=2021-01-01..2021-12-31]] 
[[医疗保健|IND:i14]] [[102.7|VAL ind=i14 period=2021-01-01..2021-12-31]] 
[[其他用品和服务|IND:i15]] [[101.1|VAL ind=i15 period=2021-01-01..2021-12-31]] 


## （五）人口

[[年末|TIME:t4]][[常住人口|IND:i16]][[2119.2万|VAL ind=i16 unit=u7 time=t4 period=2021-12-31..2021-12-31]][[人|UNIT:u7]]，比上年末增加[[24.5万|VAL ind=i16 unit=u8 time=t4 kind=change period=2021-01-01..2021-12-31]][[人|UNIT:u8]]，增长 [[1.2|VAL ind=i16 unit=u9 time=t4 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u9]] 。其中，[[城镇常住人口|IND:i17]][[1684.3万|VAL ind=i17 unit=u10 period=2021-12-31..2021-12-31]][[人|UNIT:u10]]，[[常住人口城镇化率|IND:i18]] [[79.5|VAL ind=i18 unit=u11 period=2021-12-31..2021-12-31]][[%|UNIT:u11]] ，比上年末提高[[0.7|VAL ind=i18 unit=u12 kind=change period=2021-01-01..2021-12-31]][[个百分点|UNIT:u12]]。[[年末|TIME:t5]][[户籍人口|IND:i19]][[1556.2万|VAL ind=i19 unit=u13 time=t5 period=2021-12-31..2021-12-31]][[人|UNIT:u13]]，比上年末增加[[36.5万|VAL ind=i19 unit=u14 time=t5 kind=change period=2021-01-01..2021-12-31]][[人|UNIT:u14]]，[[户籍人口城镇化率|IND:i20]] [[67.9|VAL ind=i20 unit=u15 time=t5 period=2021-12-31..2021-12-31]][[%|UNIT:u15]] 。

## 二、国民经济各行业

## （一）农林牧渔业

[[全年|TIME:t6]]实现[[农林牧渔业总产值|IND:i21]][[942.6亿|VAL ind=i21 unit=u16 time=t6 period=2021-01-01..2021-12-31]][[元|UNIT:u16]]，按可比价格计算，



比上年增长 [[5.0|VAL ind=i21 unit=u17 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u17]] 。其中[[种植业|IND:i22]][[616.6亿|VAL ind=i22 unit=u18 period=2021-01-01..2021-12-31]][[元|UNIT:u18]]，增长 [[3.5|VAL ind=i22 unit=u19 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u19]] ；[[林业|IND:i23]][[22.1亿|VAL ind=i23 unit=u20 period=2021-01-01..2021-12-31]][[元|UNIT:u20]]，下降 [[4.8|VAL ind=i23 unit=u21 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u21]] ；[[畜牧业|IND:i24]][[237.2亿|VAL ind=i24 unit=u22 period=2021-01-01..2021-12-31]][[元|UNIT:u22]]，增长 [[9.8|VAL ind=i24 unit=u23 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u23]] ；[[渔业|IND:i25]][[30.3亿|VAL ind=i25 unit=u24 period=2021-01-01..2021-12-31]][[元|UNIT:u24]]，增长 [[0.7|VAL ind=i25 unit=u25 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u25]] 。[[粮食产量|IND:i26]][[230.6万|VAL ind=i26 unit=u26 period=2021-01-01..2021-12-31]][[吨|UNIT:u26]]，增长 [[1.2|VAL ind=i26 unit=u27 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u27]] ；经济作物中[[蔬菜及食用菌|IND:i27]]、[[中草药材|IND:i28]]、[[水果|IND:i29]]、[[茶叶产量|IND:i30]]分别增长 [[3.5|VAL ind=i27 unit=u28 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u28]] 、 [[8.5|VAL ind=i28 unit=u29 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u29]] 、 [[0.6|VAL ind=i29 unit=u30 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u30]] 、 [[0.5|VAL ind=i30 unit=u31 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u31]] 。[[生猪出栏|IND:i31]][[416.9万|VAL ind=i31 unit=u32 period=2021-01-01..2021-12-31]][[头|UNIT:u32]]，增长 [[4.1|VAL ind=i31 unit=u33 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u33]] 。[[肉类产量|IND:i32]][[45.2万|VAL ind=i32 unit=u34 period=2021-01-01..2021-12-31]][[吨|UNIT:u34]]，增长 [[2.4|VAL ind=i32 unit=u35 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u35]] 。

[[全年|TIME:t7]][[农作物播种面积|IND:i33]][[1095.9万|VAL ind=i33 unit=u36 time=t7 period=2021-01-01..2021-12-31]][[亩|UNIT:u36]]，比上年增长 [[0.2|VAL ind=i33 unit=u37 time=t7 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u37]] 。[[粮食作物播种面积|IND:i34]][[572.8万|VAL ind=i34 unit=u38 period=2021-01-01..2021-12-31]][[亩|UNIT:u38]]，增长 [[0.8|VAL ind=i34 unit=u39 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u39]] ；[[经济作物播种面积|IND:i35]][[523.1万|VAL ind=i35 unit=u40 period=2021-01-01..2021-12-31]][[亩|UNIT:u40]]，下降 [[0.3|VAL ind=i35 unit=u41 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u41]] ，其中[[油料作物播种面积|IND:i36]][[201.6万|VAL ind=i36 unit=u42 period=2021-01-01..2021-12-31]][[亩|UNIT:u42]]，下降 [[0.04|VAL ind=i36 unit=u43 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u43]] ；[[蔬菜及食用菌播种面积|IND:i37]][[266.3万|VAL ind=i37 unit=u44 period=2021-01-01..2021-12-31]][[亩|UNIT:u44]]，增长 [[1.7|VAL ind=i37 unit=u45 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u45]] ；[[中草药材播种面积|IND:i38]][[22.2万|VAL ind=i38 unit=u46 period=2021-01-01..2021-12-31]][[亩|UNIT:u46]]，增长 [[1.9|VAL ind=i38 unit=u47 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u47]] 。

[[新建成高标准农田|IND:i39]][[32.8万|VAL ind=i39 unit=u48 period=2021-01-01..2021-12-31]][[亩|UNIT:u48]]，[[高效节水灌溉面积|IND:i40]][[7.4万|VAL ind=i40 unit=u49 period=2021-01-01..2021-12-31]][[亩|UNIT:u49]]。全市[[农业适度规模经营率|IND:i41]]达 [[72.3|VAL ind=i41 unit=u50 period=2021-01-01..2021-12-31]][[%|UNIT:u50]] 。

## （二）工业和建筑业

[[全年|TIME:t8]][[规模以上工业增加值|IND:i42]]比上年增长 [[11.4|VAL ind=i42 unit=u51 time=t8 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u51]] 。[[五大先进制造业|IND:i43]]合计增长 [[11.2|VAL ind=i43 unit=u52 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u52]] ，其中[[电子信息产业|IND:i44]]增长 [[20.4|VAL ind=i44 unit=u53 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u53]] ，[[医药健康产业|IND:i45]]增长 [[10.7|VAL ind=i45 unit=u54 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u54]] ，[[装备制造产业|IND:i46]]增长 [[8.0|VAL ind=i46 unit=u55 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u55]] ，[[绿色健康产业|IND:i47]]增长 [[5.9|VAL ind=i47 unit=u56 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u56]] ，[[新型材料产业|IND:i48]]下降 [[3.0|VAL ind=i48 unit=u57 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u57]] 。[[规模以上高技术制造业增加值|IND:i49]]增长 [[18.3|VAL ind=i49 unit=u58 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u58]] ，其中[[计算机及办公设备制造业|IND:i50]]、[[电子及通信设备制造业|IND:i51]]分别增长 [[43.1|VAL ind=i50 unit=u59 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u59]] 、 [[10.8|VAL ind=i51 unit=u60 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u60]] 。

[[全年|TIME:t9]]实现[[建筑业增加值|IND:i52]][[1417.0亿|VAL ind=i52 unit=u61 time=t9 period=2021-01-01..2021-12-31]][[元|UNIT:u61]]，比上年增长 [[2.2|VAL ind=i52 unit=u62 time=t9 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u62]] 。[[施工



总承包和专业承包建筑企业竣工产值|IND:i53]][[2305.6亿|VAL ind=i53 unit=u63 period=2021-01-01..2021-12-31]][[元|UNIT:u63]]。[[房屋施工面积|IND:i54]][[30146.1万|VAL ind=i54 unit=u64 period=2021-01-01..2021-12-31]][[平方米|UNIT:u64]]，[[竣工面积|IND:i55]][[6565.1万|VAL ind=i55 unit=u65 period=2021-01-01..2021-12-31]][[平方米|UNIT:u65]]，[[房屋竣工率|IND:i56]][[21.8|VAL ind=i56 unit=u66 period=2021-01-01..2021-12-31]][[%|UNIT:u66]]。

表3：[[2021年|TIME:t10]]主要工业产品产量及其增长速度

产品名称 单位 产量 比上年增长(%) 
[[汽车|IND:p1]] [[万辆|UNIT:u67]] [[62.6|VAL ind=p1 unit=u67 period=2021-01-01..2021-12-31]] [[15.1|VAL ind=p1 kind=change period=2021-01-01..2021-12-31]] 
[[电子计算机整机|IND:p2]] [[万台|UNIT:u68]] [[9735.8|VAL ind=p2 unit=u68 period=2021-01-01..2021-12-31]] [[30.8|VAL ind=p2 kind=change period=2021-01-01..2021-12-31]] 
[[移动通信手持机|IND:p3]](手机) [[万台|UNIT:u69]] [[680.3|VAL ind=p3 unit=u69 period=2021-01-01..2021-12-31]] [[25.0|VAL ind=p3 kind=change period=2021-01-01..2021-12-31]] 
[[集成电路|IND:p4]] [[亿块|UNIT:u70]] [[90.3|VAL ind=p4 unit=u70 period=2021-01-01..2021-12-31]] [[31.4|VAL ind=p4 kind=change period=2021-01-01..2021-12-31]] 
[[饲料|IND:p5]] [[万吨|UNIT:u71]] [[378.4|VAL ind=p5 unit=u71 period=2021-01-01..2021-12-31]] [[2.1|VAL ind=p5 kind=change period=2021-01-01..2021-12-31]] 
[[乳制品|IND:p6]] [[万吨|UNIT:u72]] [[63.2|VAL ind=p6 unit=u72 period=2021-01-01..2021-12-31]] -[[2.6|VAL ind=p6 kind=change period=2021-01-01..2021-12-31]] 
[[卷烟|IND:p7]] [[亿支|UNIT:u73]] [[910.8|VAL ind=p7 unit=u73 period=2021-01-01..2021-12-31]] [[1.7|VAL ind=p7 kind=change period=2021-01-01..2021-12-31]] 
[[白酒|IND:p8]] [[万千升|UNIT:u74]] [[18.6|VAL ind=p8 unit=u74 period=2021-01-01..2021-12-31]] [[7.9|VAL ind=p8 kind=change period=2021-01-01..2021-12-31]] 
[[皮革鞋靴|IND:p9]] [[万双|UNIT:u75]] [[1593.2|VAL ind=p9 unit=u75 period=2021-01-01..2021-12-31]] -[[16.6|VAL ind=p9 kind=change period=2021-01-01..2021-12-31]] 
[[木质家具|IND:p10]] [[万件|UNIT:u76]] [[1223.2|VAL ind=p10 unit=u76 period=2021-01-01..2021-12-31]] [[13.8|VAL ind=p10 kind=change period=2021-01-01..2021-12-31]] 
[[农用氮、磷、钾化学肥料|IND:p11]] [[万吨|UNIT:u77]] [[17.2|VAL ind=p11 unit=u77 period=2021-01-01..2021-12-31]] -[[2.6|VAL ind=p11 kind=change period=2021-01-01..2021-12-31]] 
[[化学药品原药|IND:p12]] [[万吨|UNIT:u78]] [[4.3|VAL ind=p12 unit=u78 period=2021-01-01..2021-12-31]] [[16.3|VAL ind=p12 kind=change period=2021-01-01..2021-12-31]] 
[[中成药|IND:p13]] [[万吨|UNIT:u79]] [[2.6|VAL ind=p13 unit=u79 period=2021-01-01..2021-12-31]] -[[7.6|VAL ind=p13 kind=change period=2021-01-01..2021-12-31]] 
[[塑料制品|IND:p14]] [[万吨|UNIT:u80]] [[82.5|VAL ind=p14 unit=u80 period=2021-01-01..2021-12-31]] -[[10.2|VAL ind=p14 kind=change period=2021-01-01..2021-12-31]] 
[[水泥|IND:p15]] [[万吨|UNIT:u81]] [[1355.8|VAL ind=p15 unit=u81 period=2021-01-01..2021-12-31]] -[[13.4|VAL ind=p15 kind=change period=2021-01-01..2021-12-31]] 
[[平板玻璃|IND:p16]] [[万重量箱|UNIT:u82]] [[3224.5|VAL ind=p16 unit=u82 period=2021-01-01..2021-12-31]] [[4.4|VAL ind=p16 kind=change period=2021-01-01..2021-12-31]] 
[[钢材|IND:p17]] [[万吨|UNIT:u83]] [[566.6|VAL ind=p17 unit=u83 period=2021-01-01..2021-12-31]] [[4.1|VAL ind=p17 kind=change period=2021-01-01..2021-12-31]] 
#[[无缝钢管|IND:p18]] [[万吨|UNIT:u84]] [[19.7|VAL ind=p18 unit=u84 period=2021-01-01..2021-12-31]] [[14.5|VAL ind=p18 kind=change period=2021-01-01..2021-12-31]] 
[[天然气|IND:p19]] [[亿立方米|UNIT:u85]] [[372.0|VAL ind=p19 unit=u85 period=2021-01-01..2021-12-31]] [[13.1|VAL ind=p19 kind=change period=2021-01-01..2021-12-31]] 
[[发电量|IND:p20]] [[亿千瓦小时|UNIT:u86]] [[592.4|VAL ind=p20 unit=u86 period=2021-01-01..2021-12-31]] -[[7.8|VAL ind=p20 kind=change period=2021-01-01..2021-12-31]] 


## （三）房地产业

[[全年|TIME:t11]][[房地产开发投资|IND:i57]]比上年增长 [[10.4|VAL ind=i57 unit=u87 time=t11 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u87]]。[[商品房销售面积|IND:i58]]



（含预售）[[3644.1万|VAL ind=i58 unit=u88 period=2021-01-01..2021-12-31]][[平方米|UNIT:u88]]，下降 [[1.0|VAL ind=i58 unit=u89 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u89]] ，其中[[住宅销售面积|IND:i59]][[2614.5万|VAL ind=i59 unit=u90 period=2021-01-01..2021-12-31]][[平方米|UNIT:u90]]，下降 [[7.5|VAL ind=i59 unit=u91 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u91]] 。[[商品房销售额|IND:i60]][[4685.8亿|VAL ind=i60 unit=u92 period=2021-01-01..2021-12-31]][[元|UNIT:u92]]，增长 [[4.8|VAL ind=i60 unit=u93 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u93]] ，其中[[住宅销售额|IND:i61]][[3846.6亿|VAL ind=i61 unit=u94 period=2021-01-01..2021-12-31]][[元|UNIT:u94]]，增长 [[2.8|VAL ind=i61 unit=u95 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u95]] 。

表4：[[2021年|TIME:t12]]房地产开发和销售主要指标及其增长速度

指标 单位 [[2021年|TIME:t13]] 比上年增长(%) 
[[房地产开发投资|IND:r1]] 亿元 — [[10.4|VAL ind=r1 kind=change period=2021-01-01..2021-12-31]] 
#[[住宅投资|IND:r2]] 亿元 — [[12.8|VAL ind=r2 kind=change period=2021-01-01..2021-12-31]] 
[[商品房竣工面积|IND:r3]] [[万平方米|UNIT:u96]] [[1460.8|VAL ind=r3 unit=u96 period=2021-01-01..2021-12-31]] [[2.9|VAL ind=r3 kind=change period=2021-01-01..2021-12-31]] 
#[[住宅|IND:r4]] [[万平方米|UNIT:u97]] [[897.5|VAL ind=r4 unit=u97 period=2021-01-01..2021-12-31]] [[6.2|VAL ind=r4 kind=change period=2021-01-01..2021-12-31]] 
[[商品房销售面积|IND:r5]] [[万平方米|UNIT:u98]] [[3644.1|VAL ind=r5 unit=u98 period=2021-01-01..2021-12-31]] -[[1.0|VAL ind=r5 kind=change period=2021-01-01..2021-12-31]] 
#[[住宅|IND:r6]] [[万平方米|UNIT:u99]] [[2614.5|VAL ind=r6 unit=u99 period=2021-01-01..2021-12-31]] -[[7.5|VAL ind=r6 kind=change period=2021-01-01..2021-12-31]] 
[[商品房销售额|IND:r7]] [[亿元|UNIT:u100]] [[4685.8|VAL ind=r7 unit=u100 period=2021-01-01..2021-12-31]] [[4.8|VAL ind=r7 kind=change period=2021-01-01..2021-12-31]] 
#[[住宅|IND:r8]] [[亿元|UNIT:u101]] [[3846.6|VAL ind=r8 unit=u101 period=2021-01-01..2021-12-31]] [[2.8|VAL ind=r8 kind=change period=2021-01-01..2021-12-31]] 
[[商品房新开工面积|IND:r9]] [[万平方米|UNIT:u102]] [[3101.7|VAL ind=r9 unit=u102 period=2021-01-01..2021-12-31]] -[[19.3|VAL ind=r9 kind=change period=2021-01-01..2021-12-31]] 
#[[住宅|IND:r10]] [[万平方米|UNIT:u103]] [[1816.6|VAL ind=r10 unit=u103 period=2021-01-01..2021-12-31]] -[[19.7|VAL ind=r10 kind=change period=2021-01-01..2021-12-31]] 


## （四）交通运输邮政仓储业

[[全年|TIME:t14]]实现[[交通运输邮政仓储业增加值|IND:i62]][[1016.7亿|VAL ind=i62 unit=u104 time=t14 period=2021-01-01..2021-12-31]][[元|UNIT:u104]]，比上年增长 [[9.9|VAL ind=i62 unit=u105 time=t14 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u105]] 。[[全年|TIME:t15]][[旅客周转量|IND:i63]][[831.1亿|VAL ind=i63 unit=u106 time=t15 period=2021-01-01..2021-12-31]][[人公里|UNIT:u106]]，增长 [[8.7|VAL ind=i63 unit=u107 time=t15 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u107]] 。其中，[[铁路旅客周转量|IND:i64]][[59.4亿|VAL ind=i64 unit=u108 period=2021-01-01..2021-12-31]][[人公里|UNIT:u108]]，增长 [[26.9|VAL ind=i64 unit=u109 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u109]] ；[[公路旅客周转量|IND:i65]][[50.4亿|VAL ind=i65 unit=u110 period=2021-01-01..2021-12-31]][[人公里|UNIT:u110]]，下降 [[16.0|VAL ind=i65 unit=u111 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u111]] ；[[航空旅客周转量|IND:i66]][[721.3亿|VAL ind=i66 unit=u112 period=2021-01-01..2021-12-31]][[人公里|UNIT:u112]]，增长 [[9.7|VAL ind=i66 unit=u113 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u113]] 。[[全年|TIME:t16]][[货物周转量|IND:i67]][[497.1亿|VAL ind=i67 unit=u114 time=t16 period=2021-01-01..2021-12-31]][[吨公里|UNIT:u114]]，增长 [[9.7|VAL ind=i67 unit=u115 time=t16 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u115]] 。其中，[[铁路运输货物周转量|IND:i68]][[102.4亿|VAL ind=i68 unit=u116 period=2021-01-01..2021-12-31]][[吨公里|UNIT:u116]]，增长 [[5.6|VAL ind=i68 unit=u117 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u117]] ；[[公路运输货物周转量|IND:i69]][[377.3亿|VAL ind=i69 unit=u118 period=2021-01-01..2021-12-31]][[吨公里|UNIT:u118]]，增长 [[10.9|VAL ind=i69 unit=u119 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u119]] ；[[航空运输货物周转量|IND:i70]][[17.4



亿|VAL ind=i70 unit=u120 period=2021-01-01..2021-12-31]][[吨公里|UNIT:u120]]，增长 [[10.4|VAL ind=i70 unit=u121 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u121]] 。

表5：[[2021年|TIME:t17]]交通运输量及其增长速度

指标 单位 [[2021年|TIME:t18]] 比上年增长(%) 
[[全年|TIME:t19]][[货物周转量|IND:s1]] [[亿吨公里|UNIT:u122]] [[497.1|VAL ind=s1 unit=u122 time=t19 period=2021-01-01..2021-12-31]] [[9.7|VAL ind=s1 time=t19 kind=change period=2021-01-01..2021-12-31]] 
#[[铁路|IND:s2]] [[亿吨公里|UNIT:u123]] [[102.4|VAL ind=s2 unit=u123 period=2021-01-01..2021-12-31]] [[5.6|VAL ind=s2 kind=change period=2021-01-01..2021-12-31]] 
[[航空|IND:s3]] [[亿吨公里|UNIT:u124]] [[17.4|VAL ind=s3 unit=u124 period=2021-01-01..2021-12-31]] [[10.4|VAL ind=s3 kind=change period=2021-01-01..2021-12-31]] 
[[公路|IND:s4]] [[亿吨公里|UNIT:u125]] [[377.3|VAL ind=s4 unit=u125 period=2021-01-01..2021-12-31]] [[10.9|VAL ind=s4 kind=change period=2021-01-01..2021-12-31]] 
[[全年|TIME:t20]][[旅客周转量|IND:s5]] [[亿人公里|UNIT:u126]] [[831.1|VAL ind=s5 unit=u126 time=t20 period=2021-01-01..2021-12-31]] [[8.7|VAL ind=s5 time=t20 kind=change period=2021-01-01..2021-12-31]] 
#[[铁路|IND:s6]] [[亿人公里|UNIT:u127]] [[59.4|VAL ind=s6 unit=u127 period=2021-01-01..2021-12-31]] [[26.9|VAL ind=s6 kind=change period=2021-01-01..2021-12-31]] 
[[航空|IND:s7]] [[亿人公里|UNIT:u128]] [[721.3|VAL ind=s7 unit=u128 period=2021-01-01..2021-12-31]] [[9.7|VAL ind=s7 kind=change period=2021-01-01..2021-12-31]] 
[[公路|IND:s8]] [[亿人公里|UNIT:u129]] [[50.4|VAL ind=s8 unit=u129 period=2021-01-01..2021-12-31]] -[[16.0|VAL ind=s8 kind=change period=2021-01-01..2021-12-31]] 


[[全年|TIME:t21]][[邮政业务总量|IND:i71]][[189.3亿|VAL ind=i71 unit=u130 time=t21 period=2021-01-01..2021-12-31]][[元|UNIT:u130]]，比上年增长 [[24.4|VAL ind=i71 unit=u131 time=t21 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u131]] ；[[快递业务收入|IND:i72]][[165.7亿|VAL ind=i72 unit=u132 period=2021-01-01..2021-12-31]][[元|UNIT:u132]]，增长 [[18.9|VAL ind=i72 unit=u133 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u133]] ；[[快递业务量|IND:i73]][[18.3亿|VAL ind=i73 unit=u134 period=2021-01-01..2021-12-31]][[件|UNIT:u134]]，增长 [[27.4|VAL ind=i73 unit=u135 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u135]] 。

## （五）批发零售业和住宿餐饮业

[[全年|TIME:t22]]实现[[社会消费品零售总额|IND:i74]][[9251.8亿|VAL ind=i74 unit=u136 time=t22 period=2021-01-01..2021-12-31]][[元|UNIT:u136]]，比上年增长 [[14.0|VAL ind=i74 unit=u137 time=t22 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u137]] 。按经营地统计，实现[[城镇消费品零售额|IND:i75]][[8868.1亿|VAL ind=i75 unit=u138 period=2021-01-01..2021-12-31]][[元|UNIT:u138]]，增长 [[13.4|VAL ind=i75 unit=u139 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u139]] ；[[乡村消费品零售额|IND:i76]][[383.7亿|VAL ind=i76 unit=u140 period=2021-01-01..2021-12-31]][[元|UNIT:u140]]，增长 [[27.4|VAL ind=i76 unit=u141 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u141]] 。按消费形态统计，[[商品零售|IND:i77]][[7632.6亿|VAL ind=i77 unit=u142 period=2021-01-01..2021-12-31]][[元|UNIT:u142]]，增长 [[9.1|VAL ind=i77 unit=u143 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u143]] ；[[餐饮收入|IND:i78]][[1619.2亿|VAL ind=i78 unit=u144 period=2021-01-01..2021-12-31]][[元|UNIT:u144]]，增长 [[44.0|VAL ind=i78 unit=u145 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u145]] 。[[限额以上企业通过互联网实现商品零售额|IND:i79]]、[[餐饮收入|IND:i80]]增长 [[22.7|VAL ind=i79 unit=u146 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u146]] 、 [[48.1|VAL ind=i80 unit=u147 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u147]] 。

[[16|VAL ind=i81 unit=u148 period=null]][[大类|UNIT:u148]][[限额以上企业商品零售额|IND:i81]]中，[[15|VAL ind=i82 unit=u149 period=2021-01-01..2021-12-31]][[个|UNIT:u149]][[大类实现正增长|IND:i82]]。其中[[文化办公用品类|IND:i83]]比上年增长 [[23.3|VAL ind=i83 unit=u150 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u150]] ，[[粮油、食品、饮料、烟



酒类|IND:i84]]增长 [[9.4|VAL ind=i84 unit=u151 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u151]] ，[[体育娱乐用品类|IND:i85]]增长 [[6.1|VAL ind=i85 unit=u152 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u152]] 。消费升级类商品[[智能家用电器和音像器材类|IND:i86]]、[[新能源汽车零售额|IND:i87]]分别增长 [[169.7|VAL ind=i86 unit=u153 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u153]] 、 [[122.1|VAL ind=i87 unit=u154 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u154]] 。

## （六）金融业、证券业和保险业

[[全年|TIME:t23]]实现[[金融业增加值|IND:i88]][[2271.6亿|VAL ind=i88 unit=u155 time=t23 period=2021-01-01..2021-12-31]][[元|UNIT:u155]]，比上年增长 [[6.1|VAL ind=i88 unit=u156 time=t23 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u156]] 。[[年末|TIME:t24]][[金融机构本外币存款余额|IND:i89]][[47968亿|VAL ind=i89 unit=u157 time=t24 period=2021-12-31..2021-12-31]][[元|UNIT:u157]]，比上年末增长 [[9.9|VAL ind=i89 unit=u158 time=t24 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u158]] ；[[金融机构本外币贷款余额|IND:i90]][[46425亿|VAL ind=i90 unit=u159 period=2021-12-31..2021-12-31]][[元|UNIT:u159]]，比上年末增长 [[12.8|VAL ind=i90 unit=u160 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u160]] 。

表6：[[2021年末|TIME:t25]]全部金融机构存贷款余额及其增长速度

指标 [[2021年末|TIME:t26]]（亿元） 比上年末增长（%） 
[[金融机构人民币存款余额|IND:f1]] [[46639|VAL ind=f1 period=2021-12-31..2021-12-31]] [[10.4|VAL ind=f1 kind=change period=2021-01-01..2021-12-31]] 
#[[住户存款|IND:f2]] [[19020|VAL ind=f2 period=2021-12-31..2021-12-31]] [[11.3|VAL ind=f2 kind=change period=2021-01-01..2021-12-31]] 
[[非金融企业存款|IND:f3]] [[15120|VAL ind=f3 period=2021-12-31..2021-12-31]] [[7.5|VAL ind=f3 kind=change period=2021-01-01..2021-12-31]] 
[[金融机构人民币贷款余额|IND:f4]] [[45140|VAL ind=f4 period=2021-12-31..2021-12-31]] [[13.7|VAL ind=f4 kind=change period=2021-01-01..2021-12-31]] 
#[[短期贷款余额|IND:f5]] [[5412|VAL ind=f5 period=2021-12-31..2021-12-31]] [[14.8|VAL ind=f5 kind=change period=2021-01-01..2021-12-31]] 
[[中长期贷款余额|IND:f6]] [[25822|VAL ind=f6 period=2021-12-31..2021-12-31]] [[13.8|VAL ind=f6 kind=change period=2021-01-01..2021-12-31]] 
[[金融机构本外币存款余额|IND:f7]] [[47968|VAL ind=f7 period=2021-12-31..2021-12-31]] [[9.9|VAL ind=f7 kind=change period=2021-01-01..2021-12-31]] 
#[[住户存款|IND:f8]] [[19190|VAL ind=f8 period=2021-12-31..2021-12-31]] [[11.2|VAL ind=f8 kind=change period=2021-01-01..2021-12-31]] 
[[金融机构本外币贷款余额|IND:f9]] [[46425|VAL ind=f9 period=2021-12-31..2021-12-31]] [[12.8|VAL ind=f9 kind=change period=2021-01-01..2021-12-31]] 


[[年末|TIME:t27]]共有[[境内外上市及过会企业|IND:i91]][[141|VAL ind=i91 unit=u161 time=t27 period=2021-12-31..2021-12-31]][[家|UNIT:u161]]，其中[[A股上市公司|IND:i92]][[101|VAL ind=i92 unit=u162 time=t27 period=2021-12-31..2021-12-31]][[家|UNIT:u162]]，[[新增上市企业|IND:i93]][[21|VAL ind=i93 unit=u163 period=2021-01-01..2021-12-31]][[家|UNIT:u163]]；共有[[证券公司|IND:i94]][[4|VAL ind=i94 unit=u164 period=2021-12-31..2021-12-31]][[家|UNIT:u164]]、[[期货公司|IND:i95]][[3|VAL ind=i95 unit=u165 period=2021-12-31..2021-12-31]][[家|UNIT:u165]]、[[证券投资咨询公司|IND:i96]][[3|VAL ind=i96 unit=u166 period=2021-12-31..2021-12-31]][[家|UNIT:u166]]、[[证券公司分公司|IND:i97]][[65|VAL ind=i97 unit=u167 period=2021-12-31..2021-12-31]][[家|UNIT:u167]]、[[基金公司分公司|IND:i98]][[13|VAL ind=i98 unit=u168 period=2021-12-31..2021-12-31]][[家|UNIT:u168]]、[[证券营业部|IND:i99]][[207|VAL ind=i99 unit=u169 period=2021-12-31..2021-12-31]][[家|UNIT:u169]]、[[期货营业部|IND:i100]][[26|VAL ind=i100 unit=u170 period=2021-12-31..2021-12-31]][[家|UNIT:u170]]。[[全年|TIME:t28]][[股票市场上市融资|IND:i101]][[281.8亿|VAL ind=i101 unit=u171 time=t28 period=2021-01-01..2021-12-31]][[元|UNIT:u171]]；[[证券交易额|IND:i102]][[15.6万亿|VAL ind=i102 unit=u172 period=2021-01-01..2021-12-31]][[元|UNIT:u172]]，比上年增



长 [[19.9|VAL ind=i102 unit=u173 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u173]] 。

[[全年|TIME:t29]][[原保险保费收入|IND:i103]][[1004.5亿|VAL ind=i103 unit=u174 time=t29 period=2021-01-01..2021-12-31]][[元|UNIT:u174]]，比上年增长 [[2.1|VAL ind=i103 unit=u175 time=t29 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u175]] 。其中，[[财产保险公司原保险保费收入|IND:i104]][[312.3亿|VAL ind=i104 unit=u176 period=2021-01-01..2021-12-31]][[元|UNIT:u176]]，增长 [[0.4|VAL ind=i104 unit=u177 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u177]] ；[[人身保险公司原保险保费收入|IND:i105]][[692.2亿|VAL ind=i105 unit=u178 period=2021-01-01..2021-12-31]][[元|UNIT:u178]]，增长 [[2.9|VAL ind=i105 unit=u179 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u179]] 。各类[[保险赔偿与给付支出|IND:i106]][[394.8亿|VAL ind=i106 unit=u180 period=2021-01-01..2021-12-31]][[元|UNIT:u180]]，增长 [[30.5|VAL ind=i106 unit=u181 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u181]] 。其中，[[财产保险公司赔偿与给付支出|IND:i107]][[193.7亿|VAL ind=i107 unit=u182 period=2021-01-01..2021-12-31]][[元|UNIT:u182]]，增长 [[16.9|VAL ind=i107 unit=u183 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u183]] ；[[人身保险公司赔偿与给付支出|IND:i108]][[201.1亿|VAL ind=i108 unit=u184 period=2021-01-01..2021-12-31]][[元|UNIT:u184]]，增长 [[46.9|VAL ind=i108 unit=u185 kind=change period=2021-01-01..2021-12-31]][[%|UNIT:u185]] 。