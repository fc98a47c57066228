# b14-007  medicare  Prolastin-C (lyophilized) J0256 JZ
# GAPS: patient_weight missing (not obtained; no weight anywhere) -> dose_matches_weight missing;
#       infusion_times missing (stop time blank on DOS; the only pump log is last week's)
# Styles: (4) MEDITECH-like caps nursing record, (1) pump event list (prior week) + telehealth note.

MT = """RUN DATE: 01/27/26        CEDAR VALLEY COMMUNITY HOSPITAL                  PAGE 1
RUN TIME: 1648            PATIENT CARE SYSTEM - INTERVENTION HISTORY
USER: NUR.AKOWALSKI       OUTPATIENT INFUSION - 2 WEST
----------------------------------------------------------------------------------------
PT: LEDBETTER,FRANCINE O          ACCT: CV0014471902      LOC: 2W-INF   BED: 04
AGE: 81  SEX: F  DOB: 09/30/1944  MR#: CV00061775         ADM: 01/27/26 0931
PROVIDER: DESHPANDE,ANIL MD       INS: MCR A/B  SEC: AARP MEDIGAP F
DX: ALPHA-1-ANTITRYPSIN DEFICIENCY E88.01; EMPHYSEMA J43.9
----------------------------------------------------------------------------------------
01/27/26 0940  OP INFUSION ADMISSION ASSESSMENT                     AKOWALSKI,RN
  ARRV MODE.......... W/C (SON PUSHING)
  WT KG.............. NOT OBTAINED - PT IN W/C, CHAIR SCALE OUT OF SERVICE (BIOMED TKT 55120)
  WT LB..............
  WT SRC.............
  HT CM.............. 157
  TEMP............... 36.4    PULSE.... 78     RESP.... 18
  BP................. 146/72  SPO2..... 92 RA
  FALL RISK.......... HIGH - W/C, HX FALL 2025
  SMOKING............ NEVER
  RESP ASSMT......... DIM BS BASES, NO WHZ. O2 NOT USED AT REST.
  ALLERGIES.......... CODEINE (NAUSEA)
  REVIEWED MEDS...... Y
----------------------------------------------------------------------------------------
01/27/26 0952  IV START                                              AKOWALSKI,RN
  SITE: L HAND  GA: 24  ATT: 1  FLUSH NS 5 ML  BLD RTN Y
----------------------------------------------------------------------------------------
01/27/26 1014  IV MED ADMIN - ALPHA1 PROTEINASE INHIBITOR           AKOWALSKI,RN
  DRUG.............. PROLASTIN-C 1000 MG VIAL (LYOPHILIZED)
  ORDER............. 4000 MG IV Q WEEK (FLAT DOSE PER ORDER DATED 11/2025)
  VIALS............. 4
  LOT#.............. 26C0417
  EXP............... 08/31/26
  RECON............. 20 ML SWFI EACH, 0945 BY PHARMACY
  AMT GIVEN MG...... 4000
  VOL ML............ 80
  WASTE MG.......... 0
  RATE.............. 3.5 ML/MIN PER PUMP
  STRT TM........... 1014
  STP TM............
  SITE CHK.......... 1030 WNL  1045 WNL
  RXN............... NONE
----------------------------------------------------------------------------------------
01/27/26 1015  IV INTEROP STATUS                                     AKOWALSKI,RN
  PUMP DATA NOT RECEIVED - GATEWAY DOWNTIME 0900-1300 (IT TKT 88412). MANUAL DOC.
----------------------------------------------------------------------------------------
01/27/26 1030  VS    T 36.5  P 76  R 18  BP 140/70  SPO2 93
01/27/26 1045  VS    T --    P 74  R 18  BP 138/70  SPO2 93
----------------------------------------------------------------------------------------
01/27/26 1102  NURSING NOTE                                          AKOWALSKI,RN
  INF COMPLETED, PT TOL WELL, NO RXN. PIV D/C'D INTACT. SON AT BEDSIDE, VERBALIZES
  UNDERSTANDING OF NEXT APPT 02/03/26 0930. REMINDED PT NEED WT NEXT WK - WILL USE
  BED SCALE IN RM 6 IF CHAIR SCALE STILL DOWN. D/C 1105 VIA W/C.
----------------------------------------------------------------------------------------
01/27/26 1110  CHARGES
  J0256  ALPHA1-PI NOS 10MG      400 JZ
  96365  IV INFUSION 1ST HR        1
----------------------------------------------------------------------------------------
**END OF INTERVENTION HISTORY**
"""

PUMP = """INFUSION SYSTEM EVENT LOG - CEDAR VALLEY IVI GATEWAY
Device: LVP PC-UNIT CV-2W-07  | Channel B
Patient: LEDBETTER, FRANCINE O   MR# CV00061775
Session date: 01/20/2026            Exported 01/20/2026 12:11 (auto)

01/20/2026 09:31:55  System      power on, self test OK
01/20/2026 09:33:02  Channel A   program: SODIUM CHLORIDE 0.9%, 250 mL bag, 20 mL/h
01/20/2026 09:33:10  Channel A   start
01/20/2026 09:44:37  Channel B   program: ALPHA1 PROTEINASE INHIBITOR (PROLASTIN-C)
                                 concentration 50 mg/mL; rate 230 mL/h; VTBI 80 mL
                                 patient weight: ---- (basic mode, not required)
01/20/2026 09:44:38  Channel B   limits OK (soft max 300 mL/h)
01/20/2026 09:48:21  Channel B   start
01/20/2026 09:55:40  Channel B   alarm: PATIENT-SIDE OCCLUSION; infused 28.0 mL
01/20/2026 09:56:12  Channel B   restart
01/20/2026 10:09:48  Channel B   infusion complete; infused 80.0 mL
01/20/2026 10:09:48  Channel B   KVO 2 mL/h
01/20/2026 10:12:30  Channel B   channel off; infused 80.1 mL
01/20/2026 10:20:04  Channel A   stop; infused 15.6 mL
01/20/2026 10:20:15  System      power off

EHR documentation transmitted: 09:48 start B, 09:55 occlusion B, 09:56 restart B,
10:09 complete B (80.0 mL), 10:20 stop A.  Accepted by AKOWALSKI RN 10:22.
Summary Channel B: 80.0 mL in 21 min (1 alarm). Summary Channel A: 15.6 mL.
Log integrity: checksum OK. Clock: NTP synced.
Note: this log covers the 01/20/2026 session only. Sessions are exported per day;
no session file was received for 01/27/2026 (gateway downtime).
"""

PN = """CEDAR VALLEY PULMONARY - TELEHEALTH VIDEO VISIT
Date: 01/06/2026   Time: 14:00-14:24   Provider: Anil Deshpande, MD
Patient: Francine O. Ledbetter  DOB 09/30/1944   MR# CV00061775
Patient location: home (son assisting with tablet). Provider location: clinic.
Consent for telehealth obtained verbally.

CC: routine follow-up, alpha-1 antitrypsin deficiency on augmentation.

HPI: 81-year-old never-smoker with alpha-1 antitrypsin deficiency, genotype PI*Z/Mmalton
(SERPINA1 sequencing 2020: one Z allele c.1096G>A and one Mmalton c.226_228del), serum AAT
41 mg/dL by nephelometry (2020, before treatment). Emphysema, lower-lobe predominant on CT
2020 and 2024. Weekly Prolastin-C at Cedar Valley infusion since 03/2021. Uses a wheelchair
for distances since hip fracture 06/2025. Reports breathing "the same as last year";
no antibiotics or steroids in 2025; no hospital stays for her lungs since starting the
infusions (two admissions in 2020). No infusion reactions.

Vitals: not obtained (video visit). Patient/son report her weight "hasn't changed much";
no home scale.

ROS: mild ankle swelling evenings; no chest pain, fever, hemoptysis.

Meds: Prolastin-C 4,000 mg IV weekly; tiotropium 18 mcg daily; albuterol PRN; furosemide
20 mg daily; alendronate 70 mg weekly; calcium/vitamin D.

Data: last spirometry 10/2025: FEV1 0.78 L (47% predicted), FEV1/FVC 0.48.
Trough AAT on therapy 10/2025: 77 mg/dL.

Assessment / Plan:
1. AATD (PI*Z/Mmalton) with emphysema on weekly augmentation. She is doing well on therapy:
   stable FEV1, no exacerbations or admissions in 2025. Continue Prolastin-C. Flat dose of
   4,000 mg has been used since 11/2025; no current weight on file - infusion center asked
   to obtain a weight at the next visit and adjust the dose if needed.
2. Ankle edema: on furosemide; check BMP at next infusion.
3. Fall risk: PT home safety eval ordered.
Follow-up in-person in 3 months.
Anil Deshpande, MD   signed 01/06/2026 15:02
"""

CHART = {
    "chart_id": "b14-007",
    "date_of_service": "2026-01-27",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS J8)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-27", "text": MT},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-20", "text": PUMP},
        {"id": "d3", "type": "progress_note", "date": "2026-01-06", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-007",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "missing", "dose_administered": "met",
        "dose_matches_weight": "missing", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "missing",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "ALPHA-1-ANTITRYPSIN DEFICIENCY E88.01"},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_ev": "genotype PI*Z/Mmalton"},
        {"kind": "serum_aat", "value": 41, "unit": "mg/dL", "_ev": "41 mg/dL by nephelometry"},
        {"kind": "serum_aat", "value": 77, "unit": "mg/dL", "_ev": "Trough AAT on therapy 10/2025: 77 mg/dL"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "EMPHYSEMA J43.9"},
        {"kind": "fev1", "value": 47, "_ev": "FEV1 0.78 L (47% predicted)"},
        {"kind": "smoking_status", "value": "never", "_ev": "SMOKING............ NEVER"},
        {"kind": "drug_product", "value": "Prolastin-C", "_ev": "PROLASTIN-C 1000 MG VIAL (LYOPHILIZED)"},
        {"kind": "dose", "value": 4000, "_ev": "AMT GIVEN MG...... 4000"},
        {"kind": "wastage", "value": 0, "_ev": "WASTE MG.......... 0"},
        {"kind": "lot_number", "value": "26C0417", "_ev": "LOT#.............. 26C0417"},
        {"kind": "expiration_date", "value": "2026-08-31", "_ev": "EXP............... 08/31/26"},
        {"kind": "infusion_start", "value": "10:14", "_ev": "STRT TM........... 1014"},
        {"kind": "response_to_therapy", "_ev": "She is doing well on therapy"},
    ],
    "notes": (
        "Gaps: (1) no weight with a unit anywhere: DOS 'WT KG: NOT OBTAINED', WT LB/WT SRC labels empty, "
        "telehealth visit 'Vitals: not obtained' and 'no current weight on file'; the 01/20 pump log says "
        "'patient weight: ----' -> patient_weight missing and dose_matches_weight missing. "
        "(2) DOS stop time blank (STP TM label with nothing); 'INF COMPLETED' note at 1102 and D/C 1105 "
        "are not a stop time; gateway downtime so no DOS pump file; the pump log in d2 is the 01/20 session "
        "(start 09:48, complete 10:09) and does not count -> infusion_times missing (start 10:14 documented). "
        "PI*Z/Mmalton -> [Z, MMALTON] deficient. Trough 77 mg/dL is on therapy; pre-treatment 41 mg/dL is low."
    ),
}

ARITH = {
    "weight_kg": None, "weight_source": "none documented",
    "dose_mg": 4000, "target_mg": None, "pct_diff": None,
    "code": "J0256", "bu_mg": 10, "units_expected": 400, "units_billed": 400,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [{"lot": "26C0417", "exp": "2026-08-31", "dos": "2026-01-27", "expired": False}],
    "dos_product": "Prolastin-C",
    "response_in_progress_note": True,
    "infusion": {"start": "10:14", "end": None},
}
