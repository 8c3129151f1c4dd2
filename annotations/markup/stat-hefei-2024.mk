其中，[[粮食作物|IND:b1]][[52.79万|VAL unit=u1 ind=b1 period=null]][[公顷|UNIT:u1]]，增长[[0.2|VAL unit=u2 ind=b1 kind=change period=null]][[%|UNIT:u2]]；[[蔬菜|IND:b2]][[9.89万|VAL unit=u3 ind=b2 period=null]][[公顷|UNIT:u3]]，
增长[[1.4|VAL unit=u4 ind=b2 kind=change period=null]][[%|UNIT:u4]]；[[瓜果|IND:b3]][[1.14万|VAL unit=u5 ind=b3 period=null]][[公顷|UNIT:u5]]，增长[[2.2|VAL unit=u6 ind=b3 kind=change period=null]][[%|UNIT:u6]]；[[油料|IND:b4]][[7.39万|VAL unit=u7 ind=b4 period=null]][[公顷|UNIT:u7]]，
增长[[3.1|VAL unit=u8 ind=b4 kind=change period=null]][[%|UNIT:u8]]。
[[全年|TIME:t1]][[粮食总产量|IND:b5]][[302.32万|VAL unit=u9 ind=b5 time=t1 period=null]][[吨|UNIT:u9]]，比上年增长[[1.2|VAL unit=u10 ind=b5 time=t1 kind=change period=null]][[%|UNIT:u10]]。其中，
[[夏粮|IND:b6]][[62.12万|VAL unit=u11 ind=b6 period=null]][[吨|UNIT:u11]]，增长[[1.5|VAL unit=u12 ind=b6 kind=change period=null]][[%|UNIT:u12]]；[[早稻|IND:b7]][[21.09万|VAL unit=u13 ind=b7 period=null]][[吨|UNIT:u13]]，下降[[1.5|VAL unit=u14 ind=b7 kind=change period=null]][[%|UNIT:u14]]；
[[秋粮|IND:b8]][[219.11万|VAL unit=u15 ind=b8 period=null]][[吨|UNIT:u15]]，增长[[1.4|VAL unit=u16 ind=b8 kind=change period=null]][[%|UNIT:u16]]。[[蔬菜产量|IND:b9]][[260.59万|VAL unit=u17 ind=b9 period=null]][[吨|UNIT:u17]]，增长
[[2.3|VAL unit=u18 ind=b9 kind=change period=null]][[%|UNIT:u18]]。[[瓜果产量|IND:b10]][[30.80万|VAL unit=u19 ind=b10 period=null]][[吨|UNIT:u19]]，增长[[2.6|VAL unit=u20 ind=b10 kind=change period=null]][[%|UNIT:u20]]。[[油料产量|IND:b11]][[18.80万|VAL unit=u21 ind=b11 period=null]]
[[吨|UNIT:u21]]，下降[[5.0|VAL unit=u22 ind=b11 kind=change period=null]][[%|UNIT:u22]]。
[[年末|TIME:t2]][[生猪存栏|IND:b12]][[76.90万|VAL unit=u23 ind=b12 time=t2 period=null]][[头|UNIT:u23]]，比上年末下降[[2.9|VAL unit=u24 ind=b12 time=t2 kind=change period=null]][[%|UNIT:u24]]；[[出栏|IND:b13]]
[[159.92 万|VAL unit=u25 ind=b13 period=null]][[头|UNIT:u25]]，下降[[5.1|VAL unit=u26 ind=b13 kind=change period=null]][[%|UNIT:u26]]。[[全年|TIME:t3]][[肉类总产量|IND:b14]][[36.37万|VAL unit=u27 ind=b14 time=t3 period=null]][[吨|UNIT:u27]]，比上
年下降[[1.0|VAL unit=u28 ind=b14 kind=change period=null]][[%|UNIT:u28]]，其中[[猪牛羊肉产量|IND:b15]][[14.05万|VAL unit=u29 ind=b15 period=null]][[吨|UNIT:u29]]，下降[[5.9|VAL unit=u30 ind=b15 kind=change period=null]][[%|UNIT:u30]]。[[禽
蛋产量|IND:b16]][[22.53万|VAL unit=u31 ind=b16 period=null]][[吨|UNIT:u31]]，增长[[0.7|VAL unit=u32 ind=b16 kind=change period=null]][[%|UNIT:u32]]。[[牛奶产量|IND:b17]][[12.30万|VAL unit=u33 ind=b17 period=null]][[吨|UNIT:u33]]，增长
[[19.6|VAL unit=u34 ind=b17 kind=change period=null]][[%|UNIT:u34]]。[[水产品产量|IND:b18]][[25.42万|VAL unit=u35 ind=b18 period=null]][[吨|UNIT:u35]]，增长[[2.8|VAL unit=u36 ind=b18 kind=change period=null]][[%|UNIT:u36]]。

[[年末|TIME:t4]][[农业机械总动力|IND:b19]][[511.73万|VAL unit=u37 ind=b19 time=t4 period=null]][[千瓦|UNIT:u37]]。[[主要农作物耕种收
综合机械化率|IND:b20]][[87.4|VAL unit=u38 ind=b20 period=null]][[%|UNIT:u38]]，比上年提高[[0.9|VAL unit=u39 ind=b20 kind=change period=null]][[个百分点|UNIT:u39]]。累计[[建成
高标准农田|IND:b21]][[436万|VAL unit=u40 ind=b21 period=null]][[亩|UNIT:u40]]。
[[全年|TIME:t5]][[农林牧渔业总产值|IND:b22]][[580.99亿|VAL unit=u41 ind=b22 time=t5 period=null]][[元|UNIT:u41]]，按可比价格计算，
比上年增长[[3.2|VAL unit=u42 ind=b22 kind=change period=null]][[%|UNIT:u42]]。
三、工业和建筑业
[[年末|TIME:t6]]全市[[规模以上工业企业|IND:b23]][[2875|VAL unit=u43 ind=b23 time=t6 period=null]][[户|UNIT:u43]]，比上年末增加[[228|VAL unit=u44 ind=b23 time=t6 kind=change period=null]]
[[户|UNIT:u44]]。[[全年|TIME:t7]][[规模以上工业增加值|IND:b24]]比上年增长[[14.8|VAL unit=u45 ind=b24 time=t7 kind=change period=null]][[%|UNIT:u45]]。分经济类
型看，[[国有控股企业增加值|IND:b25]]增长[[7.4|VAL unit=u46 ind=b25 kind=change period=null]][[%|UNIT:u46]]，[[股份制企业|IND:b26]]增长
[[18.6|VAL unit=u47 ind=b26 kind=change period=null]][[%|UNIT:u47]]，[[外商及港澳台商投资企业|IND:b27]]增长[[13.9|VAL unit=u48 ind=b27 kind=change period=null]][[%|UNIT:u48]]。分门类看，[[采
矿业增加值|IND:b28]]增长[[8.8|VAL unit=u49 ind=b28 kind=change period=null]][[%|UNIT:u49]]，[[制造业|IND:b29]]增长[[15.4|VAL unit=u50 ind=b29 kind=change period=null]][[%|UNIT:u50]]，[[电力、热力、燃
气及水生产和供应业|IND:b30]]增长[[7.5|VAL unit=u51 ind=b30 kind=change period=null]][[%|UNIT:u51]]。分行业看，[[37|VAL unit=u52 ind=b31 period=null]][[个|UNIT:u52]][[工业大类
行业|IND:b31]]有[[29|VAL unit=u53 ind=b32 period=null]][[个|UNIT:u53]][[保持增长|IND:b32]]。其中，[[汽车制造业增加值|IND:b33]]增长[[38.5|VAL unit=u54 ind=b33 kind=change period=null]][[%|UNIT:u54]]，
[[计算机、通信和其他电子设备制造业|IND:b34]]增长[[26.9|VAL unit=u55 ind=b34 kind=change period=null]][[%|UNIT:u55]]，[[电气机械
和器材制造业|IND:b35]]增长[[10.4|VAL unit=u56 ind=b35 kind=change period=null]][[%|UNIT:u56]]。
规模以上工业统计的主要产品产量中，[[新能源汽车|IND:b36]]增长
[[84.5|VAL unit=u57 ind=b36 kind=change period=null]][[%|UNIT:u57]]，[[彩色电视机|IND:b37]]增长[[12.6|VAL unit=u58 ind=b37 kind=change period=null]][[%|UNIT:u58]]，[[家用洗衣机|IND:b38]]增长[[11.8|VAL unit=u59 ind=b38 kind=change period=null]][[%|UNIT:u59]]，[[液
晶显示屏|IND:b39]]增长[[11.2|VAL unit=u60 ind=b39 kind=change period=null]][[%|UNIT:u60]]。

[[全年|TIME:t8]][[规模以上工业企业实现利润|IND:b40]][[503.98亿|VAL unit=u61 ind=b40 time=t8 period=null]][[元|UNIT:u61]]，比上年增
长[[36.7|VAL unit=u62 ind=b40 kind=change period=null]][[%|UNIT:u62]]。分门类看，[[采矿业利润|IND:b41]][[21.34亿|VAL unit=u63 ind=b41 period=null]][[元|UNIT:u63]]，增长[[24.9|VAL unit=u64 ind=b41 kind=change period=null]][[%|UNIT:u64]]；
[[制造业|IND:b42]][[456.37亿|VAL unit=u65 ind=b42 period=null]][[元|UNIT:u65]]，增长[[35.5|VAL unit=u66 ind=b42 kind=change period=null]][[%|UNIT:u66]]；[[电力、热力、燃气及水生
产和供应业|IND:b43]][[26.27亿|VAL unit=u67 ind=b43 period=null]][[元|UNIT:u67]]，增长[[79.8|VAL unit=u68 ind=b43 kind=change period=null]][[%|UNIT:u68]]。[[每百元营业收入中的
成本|IND:b44]]为[[86.91|VAL unit=u69 ind=b44 period=null]][[元|UNIT:u69]]，比上年减少[[0.52|VAL unit=u70 ind=b44 kind=change period=null]][[元|UNIT:u70]]。
[[全年|TIME:t9]][[建筑业增加值|IND:b45]][[1876.34亿|VAL unit=u71 ind=b45 time=t9 period=null]][[元|UNIT:u71]]，按不变价格计算，比
上年增长[[2.5|VAL unit=u72 ind=b45 kind=change period=null]][[%|UNIT:u72]]。[[年末|TIME:t10]][[具有资质等级的总承包和专业承包建筑
业企业|IND:b46]][[2141|VAL unit=u73 ind=b46 period=null]][[户|UNIT:u73]]，其中[[产值超10亿元企业|IND:b47]][[73|VAL unit=u74 ind=b47 period=null]][[户|UNIT:u74]]、[[超百亿元
企业|IND:b48]][[16|VAL unit=u75 ind=b48 period=null]][[户|UNIT:u75]]。[[房屋建筑施工面积|IND:b49]][[21270.94万|VAL unit=u76 ind=b49 period=null]][[平方米|UNIT:u76]]，比上年
下降[[17.9|VAL unit=u77 ind=b49 kind=change period=null]][[%|UNIT:u77]]；[[房屋竣工面积|IND:b50]][[3778.48万|VAL unit=u78 ind=b50 period=null]][[平方米|UNIT:u78]]，下降[[36.6|VAL unit=u79 ind=b50 kind=change period=null]][[%|UNIT:u79]]。
四、服务业
[[全年|TIME:t11]][[批发和零售业增加值|IND:b51]][[1439.13亿|VAL unit=u80 ind=b51 time=t11 period=null]][[元|UNIT:u80]]，按不变价格计
算，比上年增长[[6.6|VAL unit=u81 ind=b51 kind=change period=null]][[%|UNIT:u81]]；[[交通运输、仓储和邮政业增加值|IND:b52]][[726.81
亿|VAL unit=u82 ind=b52 period=null]][[元|UNIT:u82]]，增长[[3.8|VAL unit=u83 ind=b52 kind=change period=null]][[%|UNIT:u83]]；[[住宿和餐饮业增加值|IND:b53]][[304.42亿|VAL unit=u84 ind=b53 period=null]][[元|UNIT:u84]]，增长
[[5.6|VAL unit=u85 ind=b53 kind=change period=null]][[%|UNIT:u85]]；[[金融业增加值|IND:b54]][[1265.20亿|VAL unit=u86 ind=b54 period=null]][[元|UNIT:u86]]，增长[[6.2|VAL unit=u87 ind=b54 kind=change period=null]][[%|UNIT:u87]]；[[房地产业增
加值|IND:b55]][[872.59 亿|VAL unit=u88 ind=b55 period=null]][[元|UNIT:u88]]，下降[[0.2|VAL unit=u89 ind=b55 kind=change period=null]][[%|UNIT:u89]]；[[其他服务业增加值|IND:b56]][[3571.73
亿|VAL unit=u90 ind=b56 period=null]][[元|UNIT:u90]]，增长[[4.9|VAL unit=u91 ind=b56 kind=change period=null]][[%|UNIT:u91]]。
[[全年|TIME:t12]][[规模以上服务业企业实现营业收入|IND:b57]][[3505.83亿|VAL unit=u92 ind=b57 time=t12 period=null]][[元|UNIT:u92]]，
比上年增长[[11.4|VAL unit=u93 ind=b57 kind=change period=null]][[%|UNIT:u93]]。其中，[[信息传输、软件和信息技术服务
业|IND:b58]]增长[[17.0|VAL unit=u94 ind=b58 kind=change period=null]][[%|UNIT:u94]]，[[租赁和商务服务业|IND:b59]]增长[[13.5|VAL unit=u95 ind=b59 kind=change period=null]][[%|UNIT:u95]]。
[[全年|TIME:t13]][[旅客运输量|IND:b60]][[0.78亿|VAL unit=u96 ind=b60 time=t13 period=null]][[人次|UNIT:u96]]，比上年增长[[10.8|VAL unit=u97 ind=b60 time=t13 kind=change period=null]][[%|UNIT:u97]]；[[货物
运输量|IND:b61]][[4.93亿|VAL unit=u98 ind=b61 period=null]][[吨|UNIT:u98]]，增长[[5.0|VAL unit=u99 ind=b61 kind=change period=null]][[%|UNIT:u99]]。[[全年|TIME:t14]][[港口货物吞吐量|IND:b62]][[5415.40
万|VAL unit=u100 ind=b62 time=t14 period=null]][[吨|UNIT:u100]]，增长[[17.0|VAL unit=u101 ind=b62 kind=change period=null]][[%|UNIT:u101]]，其中[[外贸货物吞吐量|IND:b63]][[75.9万|VAL unit=u102 ind=b63 period=null]][[吨|UNIT:u102]]，增长
[[31.0|VAL unit=u103 ind=b63 kind=change period=null]][[%|UNIT:u103]]。[[合肥新桥机场旅客吞吐量|IND:b64]][[1248.14 万|VAL unit=u104 ind=b64 period=null]][[人次|UNIT:u104]]，增长
[[11.7|VAL unit=u105 ind=b64 kind=change period=null]][[%|UNIT:u105]]。

[[年末|TIME:t15]][[汽车保有量|IND:b65]][[315.51万|VAL unit=u106 ind=b65 time=t15 period=null]][[辆|UNIT:u106]]，比上年末增长[[8.0|VAL unit=u107 ind=b65 time=t15 kind=change period=null]][[%|UNIT:u107]]；其
中[[私人汽车|IND:b66]][[278.06万|VAL unit=u108 ind=b66 period=null]][[辆|UNIT:u108]]，增长[[8.6|VAL unit=u109 ind=b66 kind=change period=null]][[%|UNIT:u109]]。[[轿车保有量|IND:b67]][[186.85万|VAL unit=u110 ind=b67 period=null]]
[[辆|UNIT:u110]]，增长[[6.4|VAL unit=u111 ind=b67 kind=change period=null]][[%|UNIT:u111]]；其中[[私人轿车|IND:b68]][[175.17万|VAL unit=u112 ind=b68 period=null]][[辆|UNIT:u112]]，增长[[6.3|VAL unit=u113 ind=b68 kind=change period=null]][[%|UNIT:u113]]。
[[全年|TIME:t16]][[邮政行业寄递业务量|IND:b69]][[19.46亿|VAL unit=u114 ind=b69 time=t16 period=null]][[件|UNIT:u114]]，比上年增长
[[18.2|VAL unit=u115 ind=b69 kind=change period=null]][[%|UNIT:u115]]。[[快递业务量|IND:b70]][[18.02亿|VAL unit=u116 ind=b70 period=null]][[件|UNIT:u116]]，增长[[19.5|VAL unit=u117 ind=b70 kind=change period=null]][[%|UNIT:u117]]，实现[[快递业务
收入|IND:b71]][[138.66 亿|VAL unit=u118 ind=b71 period=null]][[元|UNIT:u118]]，增长[[16.4|VAL unit=u119 ind=b71 kind=change period=null]][[%|UNIT:u119]]。[[电信业务总量|IND:b72]][[159.06亿|VAL unit=u120 ind=b72 period=null]][[元|UNIT:u120]]，
比上年增长[[17.2|VAL unit=u121 ind=b72 kind=change period=null]][[%|UNIT:u121]]。[[年末|TIME:t17]][[本地固定电话用户|IND:b73]][[108.25万|VAL unit=u122 ind=b73 time=t17 period=null]][[户|UNIT:u122]]，比
上年末减少[[4.34万|VAL unit=u123 ind=b73 kind=change period=null]][[户|UNIT:u123]]。[[移动电话用户|IND:b74]][[1264.99万|VAL unit=u124 ind=b74 period=null]][[户|UNIT:u124]]，增加[[82.17
万|VAL unit=u125 ind=b74 kind=change period=null]][[户|UNIT:u125]]，[[移动电话普及率|IND:b75]][[128.4|VAL unit=u126 ind=b75 period=null]][[部/百人|UNIT:u126]]。[[固定互联网宽带接入
用户|IND:b76]][[592.22 万|VAL unit=u127 ind=b76 period=null]][[户|UNIT:u127]]，比上年末增加[[47.69万|VAL unit=u128 ind=b76 kind=change period=null]][[户|UNIT:u128]]。
[[全年|TIME:t18]][[入境旅游人数|IND:b77]][[9.17万|VAL unit=u129 ind=b77 time=t18 period=null]][[人次|UNIT:u129]]，比上年增长[[47.7|VAL unit=u130 ind=b77 time=t18 kind=change period=null]][[%|UNIT:u130]]，[[收
入|IND:b78]][[4677.06 万|VAL unit=u131 ind=b78 period=null]][[美元|UNIT:u131]]，按可比口径增长[[58.3|VAL unit=u132 ind=b78 kind=change period=null]][[%|UNIT:u132]]。[[年末|TIME:t19]]全市[[4A级
及以上旅游景点（区）|IND:b79]][[29|VAL unit=u133 ind=b79 period=null]][[处|UNIT:u133]]。[[年末|TIME:t20]]全市[[旅游星级饭店|IND:b80]][[35|VAL unit=u134 ind=b80 time=t20 period=null]][[家|UNIT:u134]]，
其中[[五星级|IND:b81]][[10|VAL unit=u135 ind=b81 period=null]][[家|UNIT:u135]]、[[四星级|IND:b82]][[14|VAL unit=u136 ind=b82 period=null]][[家|UNIT:u136]]。
五、固定资产投资
[[全年|TIME:t21]][[固定资产投资|IND:b83]]比上年增长[[3.3|VAL unit=u137 ind=b83 time=t21 kind=change period=null]][[%|UNIT:u137]]。分产业看，[[第一产
业投资|IND:b84]]增长[[29.1|VAL unit=u138 ind=b84 kind=change period=null]][[%|UNIT:u138]]；[[第二产业投资|IND:b85]]增长[[8.8|VAL unit=u139 ind=b85 kind=change period=null]][[%|UNIT:u139]]，其中[[工业投资|IND:b86]]
增长[[8.7|VAL unit=u140 ind=b86 kind=change period=null]][[%|UNIT:u140]]；[[第三产业投资|IND:b87]]增长[[0.4|VAL unit=u141 ind=b87 kind=change period=null]][[%|UNIT:u141]]，其中[[基础设施投资|IND:b88]]下
降[[5.6|VAL unit=u142 ind=b88 kind=change period=null]][[%|UNIT:u142]]。
[[全年|TIME:t22]][[房地产开发投资|IND:b89]][[1582.46亿|VAL unit=u143 ind=b89 time=t22 period=null]][[元|UNIT:u143]]，比上年增长[[2.4|VAL unit=u144 ind=b89 time=t22 kind=change period=null]][[%|UNIT:u144]]；
其中[[住宅投资|IND:b90]][[1284.23亿|VAL unit=u145 ind=b90 period=null]][[元|UNIT:u145]]，增长[[7.2|VAL unit=u146 ind=b90 kind=change period=null]][[%|UNIT:u146]]。[[新建商品房销售面
积|IND:b91]][[974.03 万|VAL unit=u147 ind=b91 period=null]][[平方米|UNIT:u147]]，下降[[12.2|VAL unit=u148 ind=b91 kind=change period=null]][[%|UNIT:u148]]。

[[全年|TIME:t23]][[社会消费品零售总额|IND:b92]][[5494.24亿|VAL unit=u149 ind=b92 time=t23 period=null]][[元|UNIT:u149]]，比上年增长
[[4.2|VAL unit=u150 ind=b92 kind=change period=null]][[%|UNIT:u150]]。按经营地统计，[[城镇消费品零售额|IND:b93]][[5167.74亿|VAL unit=u151 ind=b93 period=null]][[元|UNIT:u151]]，增
长[[4.0|VAL unit=u152 ind=b93 kind=change period=null]][[%|UNIT:u152]]；[[乡村消费品零售额|IND:b94]][[326.50亿|VAL unit=u153 ind=b94 period=null]][[元|UNIT:u153]]，增长[[8.9|VAL unit=u154 ind=b94 kind=change period=null]][[%|UNIT:u154]]。按消
费类型统计，[[商品零售额|IND:b95]][[4868.74亿|VAL unit=u155 ind=b95 period=null]][[元|UNIT:u155]]，增长[[4.3|VAL unit=u156 ind=b95 kind=change period=null]][[%|UNIT:u156]]；[[餐饮收
入|IND:b96]][[625.50 亿|VAL unit=u157 ind=b96 period=null]][[元|UNIT:u157]]，增长[[4.1|VAL unit=u158 ind=b96 kind=change period=null]][[%|UNIT:u158]]。
[[年末|TIME:t24]][[限额以上批发零售和住宿餐饮企业（单位）|IND:b97]][7][[4142|VAL unit=u159 ind=b97 time=t24 period=null]]
[[户|UNIT:u159]]，比上年末增加[[106|VAL unit=u160 ind=b97 kind=change period=null]][[户|UNIT:u160]]。限额以上商品零售额中，[[汽车类|IND:b98]]
增长[[17.7|VAL unit=u161 ind=b98 kind=change period=null]][[%|UNIT:u161]]，[[通讯器材类|IND:b99]]增长[[11.6|VAL unit=u162 ind=b99 kind=change period=null]][[%|UNIT:u162]]，[[家用电器和音像器材
类|IND:b100]]增长[[7.4|VAL unit=u163 ind=b100 kind=change period=null]][[%|UNIT:u163]]，[[文化办公用品类|IND:b101]]增长[[7.2|VAL unit=u164 ind=b101 kind=change period=null]][[%|UNIT:u164]]，[[日用品类|IND:b102]]增长
[[5.5|VAL unit=u165 ind=b102 kind=change period=null]][[%|UNIT:u165]]，[[石油及制品类|IND:b103]]增长[[1.5|VAL unit=u166 ind=b103 kind=change period=null]][[%|UNIT:u166]]。绿色智能化商品中，[[新能源
汽车|IND:b104]]、[[智能手机零售额|IND:b105]]分别增长[[69.8|VAL unit=u167 ind=b104 kind=change period=null]][[%|UNIT:u167]]和[[15.4|VAL unit=u168 ind=b105 kind=change period=null]][[%|UNIT:u168]]。
七、对外经济
[[全年|TIME:t25]][[进出口总额|IND:b106]][[3790.73亿|VAL unit=u169 ind=b106 time=t25 period=null]][[元|UNIT:u169]]，比上年增长[[5.7|VAL unit=u170 ind=b106 time=t25 kind=change period=null]][[%|UNIT:u170]]。其中，
[[出口|IND:b107]][[2572.74 亿|VAL unit=u171 ind=b107 period=null]][[元|UNIT:u171]]，增长[[10.6|VAL unit=u172 ind=b107 kind=change period=null]][[%|UNIT:u172]]；[[进口|IND:b108]][[1217.99亿|VAL unit=u173 ind=b108 period=null]][[元|UNIT:u173]]，下降
[[3.4|VAL unit=u174 ind=b108 kind=change period=null]][[%|UNIT:u174]]。从出口商品看，[[机电产品|IND:b109]]增长[[13.2|VAL unit=u175 ind=b109 kind=change period=null]][[%|UNIT:u175]]，以新能源汽车、
锂电池、太阳能电池为代表的[[“新三样”出口总值|IND:b110]][[348.4亿|VAL unit=u176 ind=b110 period=null]][[元|UNIT:u176]]，
增长[[31.2|VAL unit=u177 ind=b110 kind=change period=null]][[%|UNIT:u177]]。
[[全年|TIME:t26]][[新成立外商投资企业|IND:b111]][[215|VAL unit=u178 ind=b111 time=t26 period=null]][[户|UNIT:u178]]，比上年增加[[10|VAL unit=u179 ind=b111 time=t26 kind=change period=null]][[户|UNIT:u179]]。
全市[[实际到位外资|IND:b112]][[98.9亿|VAL unit=u180 ind=b112 period=null]][[元|UNIT:u180]]，增长[[36.8|VAL unit=u181 ind=b112 kind=change period=null]][[%|UNIT:u181]]。[[全年|TIME:t27]][[对外承包工
程新签合同额|IND:b113]][[27.8亿|VAL unit=u182 ind=b113 period=null]][[美元|UNIT:u182]]。劳务合作[[年末|TIME:t28]][[在外人员|IND:b114]][[5638|VAL unit=u183 ind=b114 time=t28 period=null]][[人|UNIT:u183]]。
[[年末|TIME:t29]][[62|VAL unit=u184 ind=b115 time=t29 period=null]][[家|UNIT:u184]][[境外世界500强企业|IND:b115]]在合肥[[投资设立法人企业|IND:b116]][[100|VAL unit=u185 ind=b116 time=t29 period=null]]
[[家|UNIT:u185]]，比上年末新增[[20|VAL unit=u186 ind=b116 kind=change period=null]][[家|UNIT:u186]]。[[中欧班列|IND:b119]]开行国际线路覆盖[[20|VAL unit=u187 ind=b117 period=null]][[个|UNIT:u187]]
[[国家|IND:b117]]、[[156|VAL unit=u188 ind=b118 period=null]][[个|UNIT:u188]][[站点城市|IND:b118]]，[[全年|TIME:t30]]开行[[909|VAL unit=u189 ind=b119 time=t30 period=null]][[列|UNIT:u189]]，比上年增长[[4.7|VAL unit=u190 ind=b119 time=t30 kind=change period=null]][[%|UNIT:u190]]。
八、财政、金融[9]、证券和保险
[[全年|TIME:t31]][[一般公共预算收入|IND:b120]][[955.01亿|VAL unit=u191 ind=b120 time=t31 period=null]][[元|UNIT:u191]]，比上年增长[[2.7|VAL unit=u192 ind=b120 time=t31 kind=change period=null]][[%|UNIT:u192]]；
其中[[税收收入|IND:b121]][[675.21亿|VAL unit=u193 ind=b121 period=null]][[元|UNIT:u193]]，增长[[0.2|VAL unit=u194 ind=b121 kind=change period=null]][[%|UNIT:u194]]。[[一般公共预算支出|IND:b122]]
[[1581.06 亿|VAL unit=u195 ind=b122 period=null]][[元|UNIT:u195]]，增长[[12.0|VAL unit=u196 ind=b122 kind=change period=null]][[%|UNIT:u196]]。重点支出项目中，[[城乡社区支出|IND:b123]]
增长[[25.2|VAL unit=u197 ind=b123 kind=change period=null]][[%|UNIT:u197]]，[[住房保障支出|IND:b124]]增长[[23.7|VAL unit=u198 ind=b124 kind=change period=null]][[%|UNIT:u198]]，[[教育支出|IND:b125]]增长[[3.6|VAL unit=u199 ind=b125 kind=change period=null]][[%|UNIT:u199]]。
[[年末|TIME:t32]]全市[[金融机构本外币各项存款余额|IND:b126]][[28343.58亿|VAL unit=u200 ind=b126 time=t32 period=null]][[元|UNIT:u200]]，
比上年末增长[[11.4|VAL unit=u201 ind=b126 kind=change period=null]][[%|UNIT:u201]]。其中，[[住户存款|IND:b127]][[10840.83亿|VAL unit=u202 ind=b127 period=null]][[元|UNIT:u202]]，增长
[[14.9|VAL unit=u203 ind=b127 kind=change period=null]][[%|UNIT:u203]]；[[非金融企业存款|IND:b128]][[9006.04亿|VAL unit=u204 ind=b128 period=null]][[元|UNIT:u204]]，增长[[9.0|VAL unit=u205 ind=b128 kind=change period=null]][[%|UNIT:u205]]；[[机关团
体存款|IND:b129]][[5381.82亿|VAL unit=u206 ind=b129 period=null]][[元|UNIT:u206]]，增长[[1.7|VAL unit=u207 ind=b129 kind=change period=null]][[%|UNIT:u207]]；[[财政性存款|IND:b130]][[1075.86亿|VAL unit=u208 ind=b130 period=null]][[元|UNIT:u208]]，
增长[[31.0|VAL unit=u209 ind=b130 kind=change period=null]][[%|UNIT:u209]]；[[非银行业金融机构存款|IND:b131]][[1921.49亿|VAL unit=u210 ind=b131 period=null]][[元|UNIT:u210]]，增长
[[30.5|VAL unit=u211 ind=b131 kind=change period=null]][[%|UNIT:u211]]。[[年末|TIME:t33]][[金融机构本外币各项贷款余额|IND:b132]][[30938.52亿|VAL unit=u212 ind=b132 time=t33 period=null]][[元|UNIT:u212]]，
比上年末增长[[11.5|VAL unit=u213 ind=b132 kind=change period=null]][[%|UNIT:u213]]。其中，[[住户贷款|IND:b133]][[9686.62亿|VAL unit=u214 ind=b133 period=null]][[元|UNIT:u214]]，增长
[[5.2|VAL unit=u215 ind=b133 kind=change period=null]][[%|UNIT:u215]]；[[企（事）业单位贷款|IND:b134]][[21030.04亿|VAL unit=u216 ind=b134 period=null]][[元|UNIT:u216]]，增长[[14.6|VAL unit=u217 ind=b134 kind=change period=null]][[%|UNIT:u217]]。

[[全年|TIME:t34]][[新增上市公司|IND:b135]][[4|VAL unit=u218 ind=b135 time=t34 period=null]][[家|UNIT:u218]]，[[首发募集资金|IND:b136]][[16.36亿|VAL unit=u219 ind=b136 time=t34 period=null]][[元|UNIT:u219]]。[[年
末|TIME:t35]]全市共有[[境内外上市公司|IND:b137]][[92|VAL unit=u220 ind=b137 period=null]][[家|UNIT:u220]]，比上年末增加[[4|VAL unit=u221 ind=b137 kind=change period=null]][[家|UNIT:u221]]，其
中[[境内上市公司|IND:b138]][[85|VAL unit=u222 ind=b138 period=null]][[家|UNIT:u222]]，增加[[3|VAL unit=u223 ind=b138 kind=change period=null]][[家|UNIT:u223]]。[[全年|TIME:t36]][[债权融资|IND:b139]][[5279.54亿|VAL unit=u224 ind=b139 time=t36 period=null]]
[[元|UNIT:u224]]，增长[[27.8|VAL unit=u225 ind=b139 kind=change period=null]][[%|UNIT:u225]]。
[[全年|TIME:t37]][[保险业原保险保费收入|IND:b140]][[461.04亿|VAL unit=u226 ind=b140 time=t37 period=null]][[元|UNIT:u226]]，比上年增长
[[8.4|VAL unit=u227 ind=b140 kind=change period=null]][[%|UNIT:u227]]。其中，[[财产险业务原保险保费收入|IND:b141]][[188.16亿|VAL unit=u228 ind=b141 period=null]][[元|UNIT:u228]]，增长
[[10.1|VAL unit=u229 ind=b141 kind=change period=null]][[%|UNIT:u229]]；[[人身险业务原保险保费收入|IND:b142]][[272.87亿|VAL unit=u230 ind=b142 period=null]][[元|UNIT:u230]]，增长[[7.2|VAL unit=u231 ind=b142 kind=change period=null]][[%|UNIT:u231]]。
[[赔款和给付|IND:b143]][[201.28亿|VAL unit=u232 ind=b143 period=null]][[元|UNIT:u232]]，增长[[26.0|VAL unit=u233 ind=b143 kind=change period=null]][[%|UNIT:u233]]。其中，[[财产险业务赔
款支出|IND:b144]][[127.38亿|VAL unit=u234 ind=b144 period=null]][[元|UNIT:u234]]，增长[[12.1|VAL unit=u235 ind=b144 kind=change period=null]][[%|UNIT:u235]]；[[人身险业务赔款和给付支
出|IND:b145]][[73.90 亿|VAL unit=u236 ind=b145 period=null]][[元|UNIT:u236]]，增长[[60.2|VAL unit=u237 ind=b145 kind=change period=null]][[%|UNIT:u237]]。
九、人民生活和社会保障
[[全年|TIME:t38]][[常住居民人均可支配收入|IND:b146]][[55832|VAL unit=u238 ind=b146 time=t38 period=null]][[元|UNIT:u238]]，比上年增长
[[6.2|VAL unit=u239 ind=b146 kind=change period=null]][[%|UNIT:u239]]。