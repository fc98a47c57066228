# b14-014  medicare  NEGATIVE CONTROL: IVIG (Privigen) for CVID with bronchiectasis; AATD ruled out
# (AAT 148 mg/dL, PI MM). No claim lines.
# Styles: (1) smart-pump event history with titration steps, (4) MEDITECH-like caps nursing printout.

PUMP = """LARGE VOLUME PUMP - EVENT HISTORY REPORT        (IV/EHR interoperability server IVIS-2)
Facility: ST. BRENDAN HOSPITAL OUTPATIENT INFUSION      Device ID: SB-LVP-0419 (Ch 1 / Ch 2)
Patient: OYELARAN, SAMUEL T      MRN SB00288147      Encounter SB-OP-20251021-031
Report generated 10/21/2025 12:20 by jtorvik (RN)          Time zone: local, NTP synced

SEQ   DATE/TIME            CH  EVENT                 DETAIL
----  -------------------  --  --------------------  ---------------------------------------------------
0001  10/21/2025 08:47:10  -   Power up              self-test passed; library STBREN-OP-25.3
0002  10/21/2025 08:49:33  1   Patient linked        barcode MRN SB00288147
0003  10/21/2025 08:50:02  1   Program               NS 0.9% 250 mL, KVO/carrier 20 mL/h, VTBI 250 mL
0004  10/21/2025 08:50:09  1   Start                 NS 0.9% 20 mL/h
0005  10/21/2025 09:36:18  2   Program               IMMUNE GLOBULIN IV 10% (PRIVIGEN) - titration profile
                                                     wt 90.0 kg; dose 35 g; conc 100 mg/mL; VTBI 350 mL
                                                     step 1 0.5 mL/kg/h = 45 mL/h x 30 min
                                                     step 2 1.0 mL/kg/h = 90 mL/h x 30 min
                                                     step 3 2.0 mL/kg/h = 180 mL/h x 30 min
                                                     step 4 3.3 mL/kg/h = 300 mL/h to completion
0006  10/21/2025 09:36:19  2   Limit check           step 4 rate within soft max (4 mL/kg/h)
0007  10/21/2025 09:40:04  2   Start                 IVIG 10% step 1, 45 mL/h
0008  10/21/2025 10:10:04  2   Rate step             step 2, 90 mL/h (infused 22.5 mL)
0009  10/21/2025 10:22:41  2   Alarm                 air in line upstream; channel on hold
0010  10/21/2025 10:23:20  2   Resume                step 2, 90 mL/h (infused 41.4 mL)
0011  10/21/2025 10:40:43  2   Rate step             step 3, 180 mL/h (infused 67.5 mL)
0012  10/21/2025 11:10:43  2   Rate step             step 4, 300 mL/h (infused 157.5 mL)
0013  10/21/2025 11:49:13  2   Infusion complete     infused 350.0 mL = 35.0 g
0014  10/21/2025 11:49:13  2   KVO                   5 mL/h
0015  10/21/2025 11:52:40  2   Channel off           total 350.3 mL
0016  10/21/2025 12:05:55  1   Stop                  NS 0.9% infused 90.3 mL (incl. 25 mL post-flush bolus)
0017  10/21/2025 12:06:30  -   Power down

AUTO-DOCUMENTED TO EHR: seq 0007 start 09:40, 0008/0011/0012 rate changes, 0013 complete 11:49,
0016 NS stop. Validated by jtorvik RN 12:18.
Channel 2 totals: 350.0 mL IVIG (35.0 g) over 2 h 09 min incl. 39 s hold. Alarms: 1.
"""

MT = """RUN DATE: 10/21/25          ST. BRENDAN HOSPITAL                               PAGE 1
RUN TIME: 1404              PATIENT CARE INQUIRY - OUTPATIENT INFUSION
RUN USER: NUR.JTORVIK
---------------------------------------------------------------------------------------------
PATIENT: OYELARAN,SAMUEL T             ACCT NO: SB0441920017     LOC: OPINF   RM: 12
AGE/SX: 66/M    DOB: 12/02/1958       UNIT NO: SB00288147       REG: 10/21/25 0838
ATTEND: HOLLOWAY,GRACE MD (IMMUNOLOGY)  INS: MEDICARE A/B
DX: D83.9 CVID / J47.9 BRONCHIECTASIS
ALLERGIES: NKDA
---------------------------------------------------------------------------------------------
ASSESSMENT: IVIG PRE-INFUSION                               10/21/25 0845  JTORVIK,RN
  WT KG............. 90.0      WT LB............. 198.4     (STANDING)
  HT CM............. 181
  TEMP.............. 36.6   P..... 74   R..... 16   BP..... 128/76   O2SAT..... 96 RA
  SMOKING........... NEVER
  RESP.............. COARSE CRACKLES BIL BASES, PROD COUGH SMALL AMT WHITE SPUTUM
  HYDRATION......... PO FLUIDS 500 ML ENCOURAGED PRE-INF
  HX................ CVID DX 2019 (RECURRENT PNA). BRONCHIECTASIS BIL LOWER LOBES (CT 2023).
                     AAT LVL 148 MG/DL (11/2023, REF 90-200) PHENOTYPE PI MM - AATD RULED OUT
                     AS CAUSE OF BRONCHIECTASIS PER DR HOLLOWAY.
  LAST IGG TROUGH... 612 MG/DL (09/23/25)
---------------------------------------------------------------------------------------------
MED ADMIN: ACETAMINOPHEN 650 MG PO                          10/21/25 0855  JTORVIK,RN
MED ADMIN: DIPHENHYDRAMINE 25 MG PO                         10/21/25 0855  JTORVIK,RN
---------------------------------------------------------------------------------------------
IV: 20G L FA 0852 X1 ATT, BLD RTN Y
---------------------------------------------------------------------------------------------
MED ADMIN: IMMUNE GLOBULIN 10% (PRIVIGEN) IV                10/21/25 0940  JTORVIK,RN
  ORD DOSE.......... 0.4 G/KG = 36 G -> RND 35 G (VIAL SIZES) PER RX
  VIALS............. 20 G X1 LOT P100467213 EXP 03/31/27
                     10 G X1 LOT P100459871 EXP 01/31/27
                      5 G X1 LOT P100455020 EXP 11/30/26
  AMT GIVEN......... 35 G (350 ML)
  STRT TM........... 0940
  STP TM............ 1149
  TITRATION......... PER PROTOCOL 45-90-180-300 ML/H (SEE PUMP LOG)
  RXN............... NONE. MILD HA 1130 - NO TX NEEDED
---------------------------------------------------------------------------------------------
VITALS (Q15 MIN X1 THEN WITH EACH RATE CHANGE)
  0940  36.6  74  16  128/76  96
  0955  36.6  76  16  126/74  96
  1010  36.7  76  16  130/78  96
  1040  36.7  78  16  132/78  95
  1110  36.8  80  18  134/80  95
  1150  36.8  78  16  130/76  96
---------------------------------------------------------------------------------------------
NURSING NOTE                                                10/21/25 1210  JTORVIK,RN
  66 YO M W/ CVID ON Q4WK IVIG. TOLERATED FULL RATE. HA 2/10 AT 1130 RESOLVED W/O TX.
  PT REPORTS FEWER INFECTIONS SINCE STARTING IVIG (1 ABX COURSE THIS YR VS 5 IN 2019).
  REVIEWED HYDRATION, DELAYED HA/ASEPTIC MENINGITIS S/S. NEXT INF 11/18/25.
  PIV D/C'D 1208 INTACT. D/C AMB 1212.
---------------------------------------------------------------------------------------------
NOTE: IGG TROUGH DUE NEXT VISIT. PFT ORDERED BY PULM (DR AMADI) - NOT DONE YET.
**END OF REPORT**
"""

CHART = {
    "chart_id": "b14-014",
    "date_of_service": "2025-10-21",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-10-21", "text": PUMP},
        {"id": "d2", "type": "infusion_record", "date": "2025-10-21", "text": MT},
    ],
}

GOLD = {
    "chart_id": "b14-014",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "not_applicable", "code_selection": "not_applicable",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"], "_ev": "PHENOTYPE PI MM"},
        {"kind": "serum_aat", "value": 148, "unit": "mg/dL", "_ev": "AAT LVL 148 MG/DL"},
        {"kind": "lung_disease", "value": "bronchiectasis", "_ev": "J47.9 BRONCHIECTASIS"},
        {"kind": "smoking_status", "value": "never", "_ev": "SMOKING........... NEVER"},
        {"kind": "weight", "value": 90.0, "unit": "kg", "value_kg": 90.0, "_ev": "WT KG............. 90.0"},
    ],
    "notes": (
        "Negative control: IVIG 35 g for CVID. AATD explicitly ruled out (AAT 148 mg/dL, PI MM) -> "
        "aatd_diagnosis missing, genotype conflict (MM), serum conflict. Bronchiectasis is the patient's lung "
        "disease -> met. Weight 90.0 kg (198.4 lb, one measurement) -> met. IVIG dose, lots P100467213/"
        "P100459871/P100455020 and exps, start 09:40 / complete 11:49 are another drug's administration and "
        "are not A1PI findings -> dose, lot, expiration and infusion_times missing. 'Fewer infections since "
        "starting IVIG' is a response to IVIG, not to augmentation -> response missing. No claim lines -> units "
        "and code_selection not_applicable; no wastage statement -> missing. Pump titration weight 'wt 90.0 kg' "
        "is the same value."
    ),
}

ARITH = {
    "weight_kg": 90.0, "weight_source": "d2 standing DOS",
    "dose_mg": None, "note": "no A1PI given; IVIG 35 g not an A1PI dose",
    "lots": [],
    "dos_product": None,
    "response_in_progress_note": False,
    "infusion": {"start": None, "end": None},
}
