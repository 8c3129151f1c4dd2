
![](images_[[2021年|TIME:t1]]成都统计公报/image_3.jpg)

图3：[[2017—2021年|TIME:t2]]固定资产投资增长速度



## （四）物价

[[全年|TIME:t3]][[居民消费价格|IND:i1]]（CPI）比上年上涨 [[0.5|VAL ind=i1 unit=u1 time=t3 kind=change]][[%|UNIT:u1]] ，其中[[交通和通信类|IND:i2]]上涨 [[4.3|VAL ind=i2 unit=u2 time=t3 kind=change]][[%|UNIT:u2]] ，[[医疗保健类|IND:i3]]上涨 [[2.7|VAL ind=i3 unit=u3 time=t3 kind=change]][[%|UNIT:u3]] ，[[教育文化和娱乐类|IND:i4]]上涨 [[0.2|VAL ind=i4 unit=u4 time=t3 kind=change]][[%|UNIT:u4]] ，[[食品烟酒类|IND:i5]]下降 [[1.1|VAL ind=i5 unit=u5 time=t3 kind=change]][[%|UNIT:u5]] 。[[商品零售价格|IND:i6]]上涨 [[1.1|VAL ind=i6 unit=u6 kind=change]][[%|UNIT:u6]] 。

表2：[[2021年|TIME:t4]]居民消费价格指数（上年 = 100 1

指标 指数 
[[居民消费价格|IND:c1]] [[100.5|VAL ind=c1]] 
其中:[[食品烟酒|IND:c2]] [[98.9|VAL ind=c2]] 
[[衣着|IND:c3]] [[98.5|VAL ind=c3]] 
[[居住|IND:c4]] [[99.9|VAL ind=c4]] 
[[生活用品及服务|IND:c5]] [[101.1|VAL ind=c5]] 
[[交通和通信|IND:c6]] [[104.3|VAL ind=c6]] 
[[教育文化和娱乐|IND:c7]] [[100.2|VAL ind=c7]] 
[[医疗保健|IND:c8]] [[102.7|VAL ind=c8]] 
[[其他用品和服务|IND:c9]] [[101.1|VAL ind=c9]] 


## （五）人口

[[年末|TIME:t5]][[常住人口|IND:i7]][[2119.2万|VAL ind=i7 unit=u7 time=t5]][[人|UNIT:u7]]，比上年末增加[[24.5万|VAL ind=i7 unit=u8 time=t5 kind=change]][[人|UNIT:u8]]，增长 [[1.2|VAL ind=i7 unit=u9 time=t5 kind=change]][[%|UNIT:u9]] 。其中，[[城镇常住人口|IND:i8]][[1684.3万|VAL ind=i8 unit=u10]][[人|UNIT:u10]]，[[常住人口城镇化率|IND:i9]] [[79.5|VAL ind=i9 unit=u11]][[%|UNIT:u11]] ，比上年末提高[[0.7|VAL ind=i9 unit=u12 kind=change]][[个百分点|UNIT:u12]]。[[年末|TIME:t6]][[户籍人口|IND:i10]][[1556.2万|VAL ind=i10 unit=u13 time=t6]][[人|UNIT:u13]]，比上年末增加[[36.5万|VAL ind=i10 unit=u14 time=t6 kind=change]][[人|UNIT:u14]]，[[户籍人口城镇化率|IND:i11]] [[67.9|VAL ind=i11 unit=u15 time=t6]][[%|UNIT:u15]] 。

## 二、国民经济各行业

## （一）农林牧渔业

[[全年|TIME:t7]]实现[[农林牧渔业总产值|IND:i12]][[942.6亿|VAL ind=i12 unit=u16 time=t7]][[元|UNIT:u16]]，按可比价格计算，



比上年增长 [[5.0|VAL ind=i12 unit=u17 kind=change]][[%|UNIT:u17]] 。其中[[种植业|IND:i13]][[616.6亿|VAL ind=i13 unit=u18]][[元|UNIT:u18]]，增长 [[3.5|VAL ind=i13 unit=u19 kind=change]][[%|UNIT:u19]] ；[[林业|IND:i14]][[22.1亿|VAL ind=i14 unit=u20]][[元|UNIT:u20]]，下降 [[4.8|VAL ind=i14 unit=u21 kind=change]][[%|UNIT:u21]] ；[[畜牧业|IND:i15]][[237.2亿|VAL ind=i15 unit=u22]][[元|UNIT:u22]]，增长 [[9.8|VAL ind=i15 unit=u23 kind=change]][[%|UNIT:u23]] ；[[渔业|IND:i16]][[30.3亿|VAL ind=i16 unit=u24]][[元|UNIT:u24]]，增长 [[0.7|VAL ind=i16 unit=u25 kind=change]][[%|UNIT:u25]] 。[[粮食产量|IND:i17]][[230.6万|VAL ind=i17 unit=u26]][[吨|UNIT:u26]]，增长 [[1.2|VAL ind=i17 unit=u27 kind=change]][[%|UNIT:u27]] ；经济作物中[[蔬菜及食用菌|IND:i18]]、[[中草药材|IND:i19]]、[[水果|IND:i20]]、[[茶叶产量|IND:i21]]分别增长 [[3.5|VAL ind=i18 unit=u28 kind=change]][[%|UNIT:u28]] 、 [[8.5|VAL ind=i19 unit=u29 kind=change]][[%|UNIT:u29]] 、 [[0.6|VAL ind=i20 unit=u30 kind=change]][[%|UNIT:u30]] 、 [[0.5|VAL ind=i21 unit=u31 kind=change]][[%|UNIT:u31]] 。[[生猪出栏|IND:i22]][[416.9万|VAL ind=i22 unit=u32]][[头|UNIT:u32]]，增长 [[4.1|VAL ind=i22 unit=u33 kind=change]][[%|UNIT:u33]] 。[[肉类产量|IND:i23]][[45.2万|VAL ind=i23 unit=u34]][[吨|UNIT:u34]]，增长 [[2.4|VAL ind=i23 unit=u35 kind=change]][[%|UNIT:u35]] 。

[[全年|TIME:t8]][[农作物播种面积|IND:i24]][[1095.9万|VAL ind=i24 unit=u36 time=t8]][[亩|UNIT:u36]]，比上年增长 [[0.2|VAL ind=i24 unit=u37 time=t8 kind=change]][[%|UNIT:u37]] 。[[粮食作物播种面积|IND:i25]][[572.8万|VAL ind=i25 unit=u38]][[亩|UNIT:u38]]，增长 [[0.8|VAL ind=i25 unit=u39 kind=change]][[%|UNIT:u39]] ；[[经济作物播种面积|IND:i26]][[523.1万|VAL ind=i26 unit=u40]][[亩|UNIT:u40]]，下降 [[0.3|VAL ind=i26 unit=u41 kind=change]][[%|UNIT:u41]] ，其中[[油料作物播种面积|IND:i27]][[201.6万|VAL ind=i27 unit=u42]][[亩|UNIT:u42]]，下降 [[0.04|VAL ind=i27 unit=u43 kind=change]][[%|UNIT:u43]] ；[[蔬菜及食用菌播种面积|IND:i28]][[266.3万|VAL ind=i28 unit=u44]][[亩|UNIT:u44]]，增长 [[1.7|VAL ind=i28 unit=u45 kind=change]][[%|UNIT:u45]] ；[[中草药材播种面积|IND:i29]][[22.2万|VAL ind=i29 unit=u46]][[亩|UNIT:u46]]，增长 [[1.9|VAL ind=i29 unit=u47 kind=change]][[%|UNIT:u47]] 。

[[新建成高标准农田|IND:i30]][[32.8万|VAL ind=i30 unit=u48]][[亩|UNIT:u48]]，[[高效节水灌溉面积|IND:i31]][[7.4万|VAL ind=i31 unit=u49]][[亩|UNIT:u49]]。全市[[农业适度规模经营率|IND:i32]]达 [[72.3|VAL ind=i32 unit=u50]][[%|UNIT:u50]] 。

## （二）工业和建筑业

[[全年|TIME:t9]][[规模以上工业增加值|IND:i33]]比上年增长 [[11.4|VAL ind=i33 unit=u51 time=t9 kind=change]][[%|UNIT:u51]] 。[[五大先进制造业|IND:i34]]合计增长 [[11.2|VAL ind=i34 unit=u52 kind=change]][[%|UNIT:u52]] ，其中[[电子信息产业|IND:i35]]增长 [[20.4|VAL ind=i35 unit=u53 kind=change]][[%|UNIT:u53]] ，[[医药健康产业|IND:i36]]增长 [[10.7|VAL ind=i36 unit=u54 kind=change]][[%|UNIT:u54]] ，[[装备制造产业|IND:i37]]增长 [[8.0|VAL ind=i37 unit=u55 kind=change]][[%|UNIT:u55]] ，[[绿色健康产业|IND:i38]]增长 [[5.9|VAL ind=i38 unit=u56 kind=change]][[%|UNIT:u56]] ，[[新型材料产业|IND:i39]]下降 [[3.0|VAL ind=i39 unit=u57 kind=change]][[%|UNIT:u57]] 。[[规模以上高技术制造业增加值|IND:i40]]增长 [[18.3|VAL ind=i40 unit=u58 kind=change]][[%|UNIT:u58]] ，其中[[计算机及办公设备制造业|IND:i41]]、[[电子及通信设备制造业|IND:i42]]分别增长 [[43.1|VAL ind=i41 unit=u59 kind=change]][[%|UNIT:u59]] 、 [[10.8|VAL ind=i42 unit=u60 kind=change]][[%|UNIT:u60]] 。

[[全年|TIME:t10]]实现[[建筑业增加值|IND:i43]][[1417.0亿|VAL ind=i43 unit=u61 time=t10]][[元|UNIT:u61]]，比上年增长 [[2.2|VAL ind=i43 unit=u62 time=t10 kind=change]][[%|UNIT:u62]] 。施工



[[总承包和专业承包建筑企业竣工产值|IND:i44]][[2305.6亿|VAL ind=i44 unit=u63]][[元|UNIT:u63]]。[[房屋施工面积|IND:i45]][[30146.1万|VAL ind=i45 unit=u64]][[平方米|UNIT:u64]]，[[竣工面积|IND:i46]][[6565.1万|VAL ind=i46 unit=u65]][[平方米|UNIT:u65]]，[[房屋竣工率|IND:i47]][[21.8|VAL ind=i47 unit=u66]][[%|UNIT:u66]]。

表3：[[2021年|TIME:t11]]主要工业产品产量及其增长速度

产品名称 单位 产量 比上年增长(%) 
[[汽车|IND:p1]] [[万辆|UNIT:pu1]] [[62.6|VAL ind=p1 unit=pu1]] [[15.1|VAL ind=p1 kind=change]] 
[[电子计算机整机|IND:p2]] [[万台|UNIT:pu2]] [[9735.8|VAL ind=p2 unit=pu2]] [[30.8|VAL ind=p2 kind=change]] 
[[移动通信手持机|IND:p3]](手机) [[万台|UNIT:pu3]] [[680.3|VAL ind=p3 unit=pu3]] [[25.0|VAL ind=p3 kind=change]] 
[[集成电路|IND:p4]] [[亿块|UNIT:pu4]] [[90.3|VAL ind=p4 unit=pu4]] [[31.4|VAL ind=p4 kind=change]] 
[[饲料|IND:p5]] [[万吨|UNIT:pu5]] [[378.4|VAL ind=p5 unit=pu5]] [[2.1|VAL ind=p5 kind=change]] 
[[乳制品|IND:p6]] [[万吨|UNIT:pu6]] [[63.2|VAL ind=p6 unit=pu6]] -[[2.6|VAL ind=p6 kind=change]] 
[[卷烟|IND:p7]] [[亿支|UNIT:pu7]] [[910.8|VAL ind=p7 unit=pu7]] [[1.7|VAL ind=p7 kind=change]] 
[[白酒|IND:p8]] [[万千升|UNIT:pu8]] [[18.6|VAL ind=p8 unit=pu8]] [[7.9|VAL ind=p8 kind=change]] 
[[皮革鞋靴|IND:p9]] [[万双|UNIT:pu9]] [[1593.2|VAL ind=p9 unit=pu9]] -[[16.6|VAL ind=p9 kind=change]] 
[[木质家具|IND:p10]] [[万件|UNIT:pu10]] [[1223.2|VAL ind=p10 unit=pu10]] [[13.8|VAL ind=p10 kind=change]] 
[[农用氮、磷、钾化学肥料|IND:p11]] [[万吨|UNIT:pu11]] [[17.2|VAL ind=p11 unit=pu11]] -[[2.6|VAL ind=p11 kind=change]] 
[[化学药品原药|IND:p12]] [[万吨|UNIT:pu12]] [[4.3|VAL ind=p12 unit=pu12]] [[16.3|VAL ind=p12 kind=change]] 
[[中成药|IND:p13]] [[万吨|UNIT:pu13]] [[2.6|VAL ind=p13 unit=pu13]] -[[7.6|VAL ind=p13 kind=change]] 
[[塑料制品|IND:p14]] [[万吨|UNIT:pu14]] [[82.5|VAL ind=p14 unit=pu14]] -[[10.2|VAL ind=p14 kind=change]] 
[[水泥|IND:p15]] [[万吨|UNIT:pu15]] [[1355.8|VAL ind=p15 unit=pu15]] -[[13.4|VAL ind=p15 kind=change]] 
[[平板玻璃|IND:p16]] [[万重量箱|UNIT:pu16]] [[3224.5|VAL ind=p16 unit=pu16]] [[4.4|VAL ind=p16 kind=change]] 
[[钢材|IND:p17]] [[万吨|UNIT:pu17]] [[566.6|VAL ind=p17 unit=pu17]] [[4.1|VAL ind=p17 kind=change]] 
#[[无缝钢管|IND:p18]] [[万吨|UNIT:pu18]] [[19.7|VAL ind=p18 unit=pu18]] [[14.5|VAL ind=p18 kind=change]] 
[[天然气|IND:p19]] [[亿立方米|UNIT:pu19]] [[372.0|VAL ind=p19 unit=pu19]] [[13.1|VAL ind=p19 kind=change]] 
[[发电量|IND:p20]] [[亿千瓦小时|UNIT:pu20]] [[592.4|VAL ind=p20 unit=pu20]] -[[7.8|VAL ind=p20 kind=change]] 


## （三）房地产业

[[全年|TIME:t12]][[房地产开发投资|IND:i48]]比上年增长 [[10.4|VAL ind=i48 unit=u67 time=t12 kind=change]][[%|UNIT:u67]]。[[商品房销售面积|IND:i49]]



（含预售）[[3644.1万|VAL ind=i49 unit=u68]][[平方米|UNIT:u68]]，下降 [[1.0|VAL ind=i49 unit=u69 kind=change]][[%|UNIT:u69]] ，其中[[住宅销售面积|IND:i50]][[2614.5万|VAL ind=i50 unit=u70]][[平方米|UNIT:u70]]，下降 [[7.5|VAL ind=i50 unit=u71 kind=change]][[%|UNIT:u71]] 。[[商品房销售额|IND:i51]][[4685.8亿|VAL ind=i51 unit=u72]][[元|UNIT:u72]]，增长 [[4.8|VAL ind=i51 unit=u73 kind=change]][[%|UNIT:u73]] ，其中[[住宅销售额|IND:i52]][[3846.6亿|VAL ind=i52 unit=u74]][[元|UNIT:u74]]，增长 [[2.8|VAL ind=i52 unit=u75 kind=change]][[%|UNIT:u75]] 。

表4：[[2021年|TIME:t13]]房地产开发和销售主要指标及其增长速度

指标 单位 [[2021年|TIME:t14]] 比上年增长(%) 
[[房地产开发投资|IND:r1]] 亿元 — [[10.4|VAL ind=r1 kind=change]] 
#[[住宅投资|IND:r2]] 亿元 — [[12.8|VAL ind=r2 kind=change]] 
[[商品房竣工面积|IND:r3]] [[万平方米|UNIT:ru3]] [[1460.8|VAL ind=r3 unit=ru3]] [[2.9|VAL ind=r3 kind=change]] 
#[[住宅|IND:r4]] [[万平方米|UNIT:ru4]] [[897.5|VAL ind=r4 unit=ru4]] [[6.2|VAL ind=r4 kind=change]] 
[[商品房销售面积|IND:r5]] [[万平方米|UNIT:ru5]] [[3644.1|VAL ind=r5 unit=ru5]] -[[1.0|VAL ind=r5 kind=change]] 
#[[住宅|IND:r6]] [[万平方米|UNIT:ru6]] [[2614.5|VAL ind=r6 unit=ru6]] -[[7.5|VAL ind=r6 kind=change]] 
[[商品房销售额|IND:r7]] [[亿元|UNIT:ru7]] [[4685.8|VAL ind=r7 unit=ru7]] [[4.8|VAL ind=r7 kind=change]] 
#[[住宅|IND:r8]] [[亿元|UNIT:ru8]] [[3846.6|VAL ind=r8 unit=ru8]] [[2.8|VAL ind=r8 kind=change]] 
[[商品房新开工面积|IND:r9]] [[万平方米|UNIT:ru9]] [[3101.7|VAL ind=r9 unit=ru9]] -[[19.3|VAL ind=r9 kind=change]] 
#[[住宅|IND:r10]] [[万平方米|UNIT:ru10]] [[1816.6|VAL ind=r10 unit=ru10]] -[[19.7|VAL ind=r10 kind=change]] 


## （四）交通运输邮政仓储业

[[全年|TIME:t15]]实现[[交通运输邮政仓储业增加值|IND:i53]][[1016.7亿|VAL ind=i53 unit=u76 time=t15]][[元|UNIT:u76]]，比上年增长 [[9.9|VAL ind=i53 unit=u77 time=t15 kind=change]][[%|UNIT:u77]] 。[[全年|TIME:t16]][[旅客周转量|IND:i54]][[831.1亿|VAL ind=i54 unit=u78 time=t16]][[人公里|UNIT:u78]]，增长 [[8.7|VAL ind=i54 unit=u79 time=t16 kind=change]][[%|UNIT:u79]] 。其中，[[铁路旅客周转量|IND:i55]][[59.4亿|VAL ind=i55 unit=u80]][[人公里|UNIT:u80]]，增长 [[26.9|VAL ind=i55 unit=u81 kind=change]][[%|UNIT:u81]] ；[[公路旅客周转量|IND:i56]][[50.4亿|VAL ind=i56 unit=u82]][[人公里|UNIT:u82]]，下降 [[16.0|VAL ind=i56 unit=u83 kind=change]][[%|UNIT:u83]] ；[[航空旅客周转量|IND:i57]][[721.3亿|VAL ind=i57 unit=u84]][[人公里|UNIT:u84]]，增长 [[9.7|VAL ind=i57 unit=u85 kind=change]][[%|UNIT:u85]] 。[[全年|TIME:t17]][[货物周转量|IND:i58]][[497.1亿|VAL ind=i58 unit=u86 time=t17]][[吨公里|UNIT:u86]]，增长 [[9.7|VAL ind=i58 unit=u87 time=t17 kind=change]][[%|UNIT:u87]] 。其中，[[铁路运输货物周转量|IND:i59]][[102.4亿|VAL ind=i59 unit=u88]][[吨公里|UNIT:u88]]，增长 [[5.6|VAL ind=i59 unit=u89 kind=change]][[%|UNIT:u89]] ；[[公路运输货物周转量|IND:i60]][[377.3亿|VAL ind=i60 unit=u90]][[吨公里|UNIT:u90]]，增长 [[10.9|VAL ind=i60 unit=u91 kind=change]][[%|UNIT:u91]] ；[[航空运输货物周转量|IND:i61]][[17.4



亿|VAL ind=i61 unit=u92]][[吨公里|UNIT:u92]]，增长 [[10.4|VAL ind=i61 unit=u93 kind=change]][[%|UNIT:u93]] 。

表5：[[2021年|TIME:t18]]交通运输量及其增长速度

指标 单位 [[2021年|TIME:t19]] 比上年增长(%) 
[[全年|TIME:t20]][[货物周转量|IND:s1]] [[亿吨公里|UNIT:su1]] [[497.1|VAL ind=s1 unit=su1 time=t20]] [[9.7|VAL ind=s1 time=t20 kind=change]] 
#[[铁路|IND:s2]] [[亿吨公里|UNIT:su2]] [[102.4|VAL ind=s2 unit=su2]] [[5.6|VAL ind=s2 kind=change]] 
[[航空|IND:s3]] [[亿吨公里|UNIT:su3]] [[17.4|VAL ind=s3 unit=su3]] [[10.4|VAL ind=s3 kind=change]] 
[[公路|IND:s4]] [[亿吨公里|UNIT:su4]] [[377.3|VAL ind=s4 unit=su4]] [[10.9|VAL ind=s4 kind=change]] 
[[全年|TIME:t21]][[旅客周转量|IND:s5]] [[亿人公里|UNIT:su5]] [[831.1|VAL ind=s5 unit=su5 time=t21]] [[8.7|VAL ind=s5 time=t21 kind=change]] 
#[[铁路|IND:s6]] [[亿人公里|UNIT:su6]] [[59.4|VAL ind=s6 unit=su6]] [[26.9|VAL ind=s6 kind=change]] 
[[航空|IND:s7]] [[亿人公里|UNIT:su7]] [[721.3|VAL ind=s7 unit=su7]] [[9.7|VAL ind=s7 kind=change]] 
[[公路|IND:s8]] [[亿人公里|UNIT:su8]] [[50.4|VAL ind=s8 unit=su8]] -[[16.0|VAL ind=s8 kind=change]] 


[[全年|TIME:t22]][[邮政业务总量|IND:i62]][[189.3亿|VAL ind=i62 unit=u94 time=t22]][[元|UNIT:u94]]，比上年增长 [[24.4|VAL ind=i62 unit=u95 time=t22 kind=change]][[%|UNIT:u95]] ；[[快递业务收入|IND:i63]][[165.7亿|VAL ind=i63 unit=u96]][[元|UNIT:u96]]，增长 [[18.9|VAL ind=i63 unit=u97 kind=change]][[%|UNIT:u97]] ；[[快递业务量|IND:i64]][[18.3亿|VAL ind=i64 unit=u98]][[件|UNIT:u98]]，增长 [[27.4|VAL ind=i64 unit=u99 kind=change]][[%|UNIT:u99]] 。

## （五）批发零售业和住宿餐饮业

[[全年|TIME:t23]]实现[[社会消费品零售总额|IND:i65]][[9251.8亿|VAL ind=i65 unit=u100 time=t23]][[元|UNIT:u100]]，比上年增长 [[14.0|VAL ind=i65 unit=u101 time=t23 kind=change]][[%|UNIT:u101]] 。按经营地统计，实现[[城镇消费品零售额|IND:i66]][[8868.1亿|VAL ind=i66 unit=u102]][[元|UNIT:u102]]，增长 [[13.4|VAL ind=i66 unit=u103 kind=change]][[%|UNIT:u103]] ；[[乡村消费品零售额|IND:i67]][[383.7亿|VAL ind=i67 unit=u104]][[元|UNIT:u104]]，增长 [[27.4|VAL ind=i67 unit=u105 kind=change]][[%|UNIT:u105]] 。按消费形态统计，[[商品零售|IND:i68]][[7632.6亿|VAL ind=i68 unit=u106]][[元|UNIT:u106]]，增长 [[9.1|VAL ind=i68 unit=u107 kind=change]][[%|UNIT:u107]] ；[[餐饮收入|IND:i69]][[1619.2亿|VAL ind=i69 unit=u108]][[元|UNIT:u108]]，增长 [[44.0|VAL ind=i69 unit=u109 kind=change]][[%|UNIT:u109]] 。[[限额以上企业通过互联网实现商品零售额|IND:i70]]、[[餐饮收入|IND:i71]]增长 [[22.7|VAL ind=i70 unit=u110 kind=change]][[%|UNIT:u110]] 、 [[48.1|VAL ind=i71 unit=u111 kind=change]][[%|UNIT:u111]] 。

[[16|VAL ind=i72 unit=u112]][[大类|UNIT:u112]][[限额以上企业商品零售额|IND:i72]]中，[[15|VAL ind=i73 unit=u113]][[个|UNIT:u113]][[大类实现正增长|IND:i73]]。其中[[文化办公用品类|IND:i74]]比上年增长 [[23.3|VAL ind=i74 unit=u114 kind=change]][[%|UNIT:u114]] ，[[粮油、食品、饮料、烟



酒类|IND:i75]]增长 [[9.4|VAL ind=i75 unit=u115 kind=change]][[%|UNIT:u115]] ，[[体育娱乐用品类|IND:i76]]增长 [[6.1|VAL ind=i76 unit=u116 kind=change]][[%|UNIT:u116]] 。消费升级类商品[[智能家用电器和音像器材类|IND:i77]]、[[新能源汽车零售额|IND:i78]]分别增长 [[169.7|VAL ind=i77 unit=u117 kind=change]][[%|UNIT:u117]] 、 [[122.1|VAL ind=i78 unit=u118 kind=change]][[%|UNIT:u118]] 。

## （六）金融业、证券业和保险业

[[全年|TIME:t24]]实现[[金融业增加值|IND:i79]][[2271.6亿|VAL ind=i79 unit=u119 time=t24]][[元|UNIT:u119]]，比上年增长 [[6.1|VAL ind=i79 unit=u120 time=t24 kind=change]][[%|UNIT:u120]] 。[[年末|TIME:t25]][[金融机构本外币存款余额|IND:i80]][[47968亿|VAL ind=i80 unit=u121 time=t25]][[元|UNIT:u121]]，比上年末增长 [[9.9|VAL ind=i80 unit=u122 time=t25 kind=change]][[%|UNIT:u122]] ；[[金融机构本外币贷款余额|IND:i81]][[46425亿|VAL ind=i81 unit=u123]][[元|UNIT:u123]]，比上年末增长 [[12.8|VAL ind=i81 unit=u124 kind=change]][[%|UNIT:u124]] 。

表6：[[2021年末|TIME:t26]]全部金融机构存贷款余额及其增长速度

指标 [[2021年末|TIME:t27]]（亿元） 比上年末增长（%） 
[[金融机构人民币存款余额|IND:f1]] [[46639|VAL ind=f1]] [[10.4|VAL ind=f1 kind=change]] 
#[[住户存款|IND:f2]] [[19020|VAL ind=f2]] [[11.3|VAL ind=f2 kind=change]] 
[[非金融企业存款|IND:f3]] [[15120|VAL ind=f3]] [[7.5|VAL ind=f3 kind=change]] 
[[金融机构人民币贷款余额|IND:f4]] [[45140|VAL ind=f4]] [[13.7|VAL ind=f4 kind=change]] 
#[[短期贷款余额|IND:f5]] [[5412|VAL ind=f5]] [[14.8|VAL ind=f5 kind=change]] 
[[中长期贷款余额|IND:f6]] [[25822|VAL ind=f6]] [[13.8|VAL ind=f6 kind=change]] 
[[金融机构本外币存款余额|IND:f7]] [[47968|VAL ind=f7]] [[9.9|VAL ind=f7 kind=change]] 
#[[住户存款|IND:f8]] [[19190|VAL ind=f8]] [[11.2|VAL ind=f8 kind=change]] 
[[金融机构本外币贷款余额|IND:f9]] [[46425|VAL ind=f9]] [[12.8|VAL ind=f9 kind=change]] 


[[年末|TIME:t28]]共有[[境内外上市及过会企业|IND:i82]][[141|VAL ind=i82 unit=u125 time=t28]][[家|UNIT:u125]]，其中[[A股上市公司|IND:i83]][[101|VAL ind=i83 unit=u126 time=t28]][[家|UNIT:u126]]，[[新增上市企业|IND:i84]][[21|VAL ind=i84 unit=u127]][[家|UNIT:u127]]；共有[[证券公司|IND:i85]][[4|VAL ind=i85 unit=u128]][[家|UNIT:u128]]、[[期货公司|IND:i86]][[3|VAL ind=i86 unit=u129]][[家|UNIT:u129]]、[[证券投资咨询公司|IND:i87]][[3|VAL ind=i87 unit=u130]][[家|UNIT:u130]]、[[证券公司分公司|IND:i88]][[65|VAL ind=i88 unit=u131]][[家|UNIT:u131]]、[[基金公司分公司|IND:i89]][[13|VAL ind=i89 unit=u132]][[家|UNIT:u132]]、[[证券营业部|IND:i90]][[207|VAL ind=i90 unit=u133]][[家|UNIT:u133]]、[[期货营业部|IND:i91]][[26|VAL ind=i91 unit=u134]][[家|UNIT:u134]]。[[全年|TIME:t29]][[股票市场上市融资|IND:i92]][[281.8亿|VAL ind=i92 unit=u135 time=t29]][[元|UNIT:u135]]；[[证券交易额|IND:i93]][[15.6万亿|VAL ind=i93 unit=u136]][[元|UNIT:u136]]，比上年增



长 [[19.9|VAL ind=i93 unit=u137 kind=change]][[%|UNIT:u137]] 。

[[全年|TIME:t30]][[原保险保费收入|IND:i94]][[1004.5亿|VAL ind=i94 unit=u138 time=t30]][[元|UNIT:u138]]，比上年增长 [[2.1|VAL ind=i94 unit=u139 time=t30 kind=change]][[%|UNIT:u139]] 。其中，[[财产保险公司原保险保费收入|IND:i95]][[312.3亿|VAL ind=i95 unit=u140]][[元|UNIT:u140]]，增长 [[0.4|VAL ind=i95 unit=u141 kind=change]][[%|UNIT:u141]] ；[[人身保险公司原保险保费收入|IND:i96]][[692.2亿|VAL ind=i96 unit=u142]][[元|UNIT:u142]]，增长 [[2.9|VAL ind=i96 unit=u143 kind=change]][[%|UNIT:u143]] 。各类[[保险赔偿与给付支出|IND:i97]][[394.8亿|VAL ind=i97 unit=u144]][[元|UNIT:u144]]，增长 [[30.5|VAL ind=i97 unit=u145 kind=change]][[%|UNIT:u145]] 。其中，[[财产保险公司赔偿与给付支出|IND:i98]][[193.7亿|VAL ind=i98 unit=u146]][[元|UNIT:u146]]，增长 [[16.9|VAL ind=i98 unit=u147 kind=change]][[%|UNIT:u147]] ；[[人身保险公司赔偿与给付支出|IND:i99]][[201.1亿|VAL ind=i99 unit=u148]][[元|UNIT:u148]]，增长 [[46.9|VAL ind=i99 unit=u149 kind=change]][[%|UNIT:u149]] 。