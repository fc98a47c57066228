# b14-005  commercial  Aralast NP J0256 JZ   GAPS: smoking_status conflict (current); prior_authorization missing
# Styles: (4) MEDITECH-like all-caps nursing printout, (5) pre-infusion huddle / care-gap note.

HUDDLE = """PRE-INFUSION HUDDLE / PRE-VISIT PLANNING NOTE
Northgate Infusion Center - Pod C             Huddle date/time: 03/05/2026 07:45
Attendees: K. Boateng RN (charge), P. Ivanova PharmD, J. Li (patient access), D. Romero RN
Patient: Gary R. Tremblay    54 y M    MRN 77-204518    Appt 03/05/2026 12:30 chair C3
Therapy: Aralast NP 60 mg/kg IV weekly (dx alpha-1 antitrypsin deficiency, PI*ZZ)

ITEMS REVIEWED
1. AUTHORIZATION - ** FLAG **
   Aetna 12-month approval for Aralast NP ended 02/28/2026.
   Reauthorization request faxed by pulmonary office 02/26/2026: status PENDING clinical review.
   Aetna case reference CX-7781204 (tracking only - this is NOT an authorization number).
   Patient access spoke with Aetna 03/04 16:10: no decision yet; 72-h standard review.
   Decision at huddle: patient informed of financial risk; signed ABN-equivalent commercial
   waiver 03/05 (see scanned form). Proceed per Dr. Mahler's message 03/04.
2. REAUTH CRITERIA GAPS (Aetna CPB 0145, copied from policy for reference):
   "pretreatment serum AAT < 11 micromol/L (80 mg/dL by RID or 50 mg/dL by nephelometry);
    post-bronchodilator FEV1 >= 25% and <= 80% predicted; PiZZ, PiZ(null) or Pi(null,null);
    least-cost brand Prolastin-C unless contraindication/intolerance"
   - Baseline AAT: 6.1 uM (2017) - on file.
   - FEV1: 41% predicted post-BD (01/22/2026) - on file.
   - Prolastin-C intolerance: generalized urticaria 2021 - documented in allergy list.
   - Smoking: see item 3.
3. TOBACCO - ** FLAG **
   Urine cotinine 02/19/2026: POSITIVE, 312 ng/mL (ref < 10 ng/mL for non-user).
   Patient told Dr. Mahler 02/19 he restarted cigarettes in November 2025, about 5 per day.
   Current smoker. Nicotine patch 14 mg/day prescribed 02/19; varenicline discussed (declined).
   Note: several payer policies require non-smoking status for continued coverage.
4. DOSE CHECK - weigh on arrival. Last weight 93.1 kg (02/26). Expected dose at that weight
   5,586 mg -> 5 x 1,000 mg + 1 x 500 mg Aralast NP (5,500 mg) if weight 84.7-101.1 kg.
5. ACCESS - poor veins last 2 weeks (3 attempts 02/26). Vein finder at chair; consider IV team.
6. CARE GAPS (not for today unless time allows):
   - AAT trough: not indicated for reauth, not ordered.
   - Hep B surface Ab: due (never checked) - lab order pended for Dr. Mahler.
   - Annual PFT done 01/22/2026 (up to date).
   - Influenza vaccine: declined 10/2025.
   - LDCT lung screening: eligible (current smoker, 54 y, 33 pack-years) - message to PCP.
Huddle closed 07:58.  Recorder: K. Boateng, RN
"""

MT = """RUN DATE: 03/05/26           NORTHGATE MEDICAL CENTER                         PAGE 1
RUN TIME: 1620               PCS - PATIENT CARE INQUIRY       OUTPT INFUSION (OPINF)
PATIENT: TREMBLAY,GARY R                ACCT: G00620193377      LOC: OPINF  BED: C3
AGE/SX: 54/M   DOB: 08/14/1971         UNIT#: 77-204518        REG: 03/05/26 1212
ATTEND: MAHLER,INGRID MD               FIN: COM    INS: AETNA CHOICE POS II
AUTH#: PENDING (REAUTH SUBMITTED 02/26/26) - PT WAIVER SIGNED 03/05/26
DX: E88.01 ALPHA-1-ANTITRYPSIN DEFICIENCY / J43.9 EMPHYSEMA
ALLERGY: PROLASTIN-C (URTICARIA), PCN (HIVES)
==========================================================================================
ASMT: OPINF INITIAL                                          03/05/26 1226  BOATENG,K RN
  WT KG.............. 92.5          WT LB.............. 203.9     WT SRC: STANDING SCALE
  HT CM.............. 183
  T/P/R.............. 36.9/92/20   BP.................. 142/88    SPO2: 93 RA
  SMK STAT........... CURRENT EVERY DAY SMOKER - 5 CIG/DAY (RESTARTED 11/25)
  LAST CIG........... 0700 TODAY
  NICOTINE RPL....... PATCH 14 MG ON L UPPER ARM (APPLIED HOME)
  RESP............... DIM BS BIL, SCATTERED EXP WHZ, NO ACC MUSCLE USE
  AAT LVL (BASE)..... 6.1 UMOL/L (2017)
  PI TYPE............ ZZ
  RXN HX A1PI........ PROLASTIN-C 2021 URTICARIA. NO RXN W/ ARALAST NP.
  PREMED ORD......... CETIRIZINE 10 MG PO 30 MIN PRIOR
==========================================================================================
ASMT: IV ACCESS                                              03/05/26 1238  BOATENG,K RN
  SITE: R AC   GA: 20   ATT: 2 (VEIN FINDER)   BLD RTN: Y   DRESSING: TSM
==========================================================================================
MED ADMIN: CETIRIZINE 10 MG PO                               03/05/26 1240  BOATENG,K RN
  LOT: C4471K   EXP: 04/27   GIVEN: Y
==========================================================================================
MED ADMIN: ALPHA1-PROTEINASE INHIB (ARALAST NP) IV           03/05/26 1304  BOATENG,K RN
  ORD: 60 MG/KG   DOSE WT KG: 92.5   CALC MG: 5550   RND MG: 5500 (-0.9%) RX VERIF: IVANOVA
  VIALS.............. 1000 MG X 5  LOT: LA126301  EXP: 12/31/26
                      500 MG X 1   LOT: LA119874  EXP: 09/30/26
  RECONST............ SWFI 50 ML/1000 MG, 25 ML/500 MG  TOT VOL 275 ML  RECON TM: 1248
  AMT GIVEN MG....... 5500
  VOL INF ML......... 275
  RATE............... 5.9 ML/MIN (<=0.08 ML/KG/MIN)  FILTER: 5 MICRON IN-LINE
  STRT TM............ 1304
  STP TM............. 1351
  WASTE.............. NONE - ALL VIALS RECONST & INFUSED
  RXN................ NONE
==========================================================================================
VITALS DURING INFUSION
  1300  BP 140/86  P 90  R 18  SPO2 93
  1320  BP 136/84  P 88  R 18  SPO2 94
  1340  BP 134/82  P 86  R 18  SPO2 94
  1400  BP 132/80  P 84  R 18  SPO2 94
==========================================================================================
NURSING NOTE                                                 03/05/26 1410  BOATENG,K RN
  PT ARRIVED AMB, SMELLING OF SMOKE. DISCUSSED CESSATION, PT STATES "TRYING, PATCH HELPS A
  LITTLE". GIVEN QUITLINE CARD 1-800-QUIT-NOW. AUTH STATUS EXPLAINED BY PT ACCESS (PENDING).
  INFUSION VIA PUMP W/O INCIDENT. PIV REMOVED 1402 CATH INTACT. D/C 1408 AMB, STABLE.
  NEXT APPT 03/12/26 1230 - PENDING AUTH DECISION.
==========================================================================================
CHARGES: J0256 X 550 (JZ)   96365 X 1   96366 X 0
**END**
"""

PN = """NORTHGATE PULMONARY CLINIC - PROGRESS NOTE
02/19/2026     Ingrid Mahler, MD
Gary R. Tremblay, 54 M, MRN 77-204518

Chief complaint: AATD follow-up; reauthorization of augmentation therapy.

History:
Alpha-1 antitrypsin deficiency, PI*ZZ (DNA genotype, 2017), diagnosed after spirometry at
work showed airflow obstruction; baseline serum AAT 6.1 uM. Emphysema (panlobular, lower
lobes, CT 2017 and 2024). Started Prolastin-C 2021 and developed generalized urticaria with
the 3rd infusion; switched to Aralast NP 2022 and has tolerated it since.
Smoking: smoked from age 16 with a 7-year break (2018-2025); restarted cigarettes in November
2025 during his divorce, about 5 per day. We discussed at length that continued smoking
negates the benefit of augmentation and threatens coverage. He is willing to try nicotine
replacement; declined varenicline.
Respiratory: one exacerbation in December (prednisone 40 mg x 5 d, azithromycin Z-pak).
Otherwise stable, walks dog 30 min/day.

Meds: Aralast NP 60 mg/kg IV weekly; umeclidinium/vilanterol 62.5/25 daily; albuterol PRN;
lisinopril 10 mg daily; sertraline 100 mg daily.

Exam: BP 138/86  HR 88  SpO2 94%  Wt 93.4 kg. Mild expiratory wheeze, no crackles.

Data: PFT 01/22/2026 post-BD FEV1 1.74 L, 41% predicted; FEV1/FVC 0.40; DLCO 48%.
Urine cotinine sent today.

Assessment / Plan:
1. AATD PI*ZZ with emphysema: on augmentation, FEV1 stable compared with 2024 (1.78 L) and
   exacerbation rate reduced from 3 per year before therapy to 1 in the past year - clinical
   benefit documented for reauth. Continue Aralast NP 60 mg/kg weekly.
2. Tobacco use disorder, current smoker: nicotine patch 14 mg/day, quitline referral,
   revisit in 4 weeks. Cotinine pending.
3. Reauthorization: letter of medical necessity and PFT sent to Aetna; current approval ends
   02/28/2026.
4. Hep B immunity check next visit.
Ingrid Mahler, MD  signed 02/19/2026 18:02
"""

CHART = {
    "chart_id": "b14-005",
    "date_of_service": "2026-03-05",
    "payer": {"profile": "commercial", "name": "Aetna Choice POS II"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 550, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-03-05", "text": HUDDLE},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-05", "text": MT},
        {"id": "d3", "type": "progress_note", "date": "2026-02-19", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-005",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "missing", "code_selection": "met",
        "smoking_status": "conflict", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "E88.01 ALPHA-1-ANTITRYPSIN DEFICIENCY"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "PI*ZZ (DNA genotype, 2017)"},
        {"kind": "serum_aat", "value": 6.1, "unit": "uM", "_ev": "baseline serum AAT 6.1 uM"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "J43.9 EMPHYSEMA"},
        {"kind": "lung_disease", "value": "airflow_obstruction", "_ev": "spirometry at\nwork showed airflow obstruction"},
        {"kind": "fev1", "value": 41, "_ev": "FEV1 1.74 L, 41% predicted"},
        {"kind": "smoking_status", "value": "current", "_ev": "CURRENT EVERY DAY SMOKER"},
        {"kind": "weight", "value": 92.5, "unit": "kg", "value_kg": 92.5, "_ev": "WT KG.............. 92.5"},
        {"kind": "weight", "value": 93.1, "unit": "kg", "value_kg": 93.1, "_ev": "Last weight 93.1 kg (02/26)"},
        {"kind": "weight", "value": 93.4, "unit": "kg", "value_kg": 93.4, "_ev": "Wt 93.4 kg"},
        {"kind": "drug_product", "value": "Aralast NP", "_ev": "ALPHA1-PROTEINASE INHIB (ARALAST NP)"},
        {"kind": "drug_product", "value": "Prolastin-C", "_ev": "Started Prolastin-C 2021"},
        {"kind": "dose", "value": 5500, "_ev": "AMT GIVEN MG....... 5500"},
        {"kind": "wastage", "value": 0, "_ev": "WASTE.............. NONE"},
        {"kind": "lot_number", "value": "LA126301", "_ev": "LOT: LA126301"},
        {"kind": "lot_number", "value": "LA119874", "_ev": "LOT: LA119874"},
        {"kind": "expiration_date", "value": "2026-12-31", "_ev": "EXP: 12/31/26"},
        {"kind": "expiration_date", "value": "2026-09-30", "_ev": "EXP: 09/30/26"},
        {"kind": "infusion_start", "value": "13:04", "_ev": "STRT TM............ 1304"},
        {"kind": "infusion_end", "value": "13:51", "_ev": "STP TM............. 1351"},
        {"kind": "response_to_therapy", "_ev": "on augmentation, FEV1 stable compared with 2024"},
    ],
    "notes": (
        "Two gaps. (1) Smoking: current every-day smoker (restarted 11/2025, cotinine 312 ng/mL) -> "
        "smoking_status conflict; no 'former' status is written. (2) Prior authorization: the Aetna approval "
        "ended 02/28/2026, reauth pending; AUTH#: PENDING; CX-7781204 is a case reference, not an authorization "
        "number; no number in the chart field -> missing. Everything else met: 92.5 kg x 60 = 5,550; 5,500 mg "
        "given (-0.9 %); J0256 x 550 JZ; 'WASTE: NONE' with JZ (commercial) met. Traps: cetirizine lot C4471K "
        "exp 04/27 (other drug); recon time 1248, PIV 1238, removal 1402, D/C 1408; huddle hypothetical weight "
        "window 84.7-101.1 kg and 5,586 mg; Aetna policy thresholds (80/50 mg/dL, FEV1 25-80 %); older FEV1 "
        "written as liters only (1.78 L, not a % finding); historical Prolastin-C (urticaria)."
    ),
}

ARITH = {
    "weight_kg": 92.5, "weight_source": "d2 standing scale DOS 1226",
    "dose_mg": 5500, "target_mg": 5550.0, "pct_diff": -0.9,
    "code": "J0256", "bu_mg": 10, "units_expected": 550, "units_billed": 550,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [
        {"lot": "LA126301", "exp": "2026-12-31", "dos": "2026-03-05", "expired": False},
        {"lot": "LA119874", "exp": "2026-09-30", "dos": "2026-03-05", "expired": False},
    ],
    "lb_check": "92.5 kg = 203.9 lb",
    "dos_product": "Aralast NP",
    "response_in_progress_note": True,
    "infusion": {"start": "13:04", "end": "13:51"},
}
